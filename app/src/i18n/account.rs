//! How the account pages word the domain's reasons.

use super::AccountMsg;

impl From<domain::registration::RegProblem> for AccountMsg {
    fn from(problem: domain::registration::RegProblem) -> Self {
        use domain::registration::RegProblem as P;
        match problem {
            P::Required => AccountMsg::ProblemRequired,
            P::CfLength => AccountMsg::ProblemCfLength,
            P::CfPattern => AccountMsg::ProblemCfPattern,
            P::CfCheck => AccountMsg::ProblemCfCheck,
            P::CfTaken => AccountMsg::ProblemCfTaken,
            P::Captcha => AccountMsg::ProblemCaptcha,
            P::NameLatin => AccountMsg::ProblemNameLatin,
            P::NameLong => AccountMsg::ProblemNameLong,
            P::DateFormat => AccountMsg::ProblemDateFormat,
            P::DateFuture => AccountMsg::ProblemDateFuture,
            P::BirthplaceUnknown => AccountMsg::ProblemBirthplaceUnknown,
            P::BirthplaceAmbiguous => AccountMsg::ProblemBirthplaceAmbiguous,
            P::Email => AccountMsg::ProblemEmail,
            P::EmailMismatch => AccountMsg::ProblemEmailMismatch,
            P::Consent => AccountMsg::ProblemConsent,
            P::CfSurname => AccountMsg::ProblemCfSurname,
            P::CfName => AccountMsg::ProblemCfName,
            P::CfBirthDate => AccountMsg::ProblemCfBirthDate,
            P::CfSex => AccountMsg::ProblemCfSex,
            P::CfBirthplace => AccountMsg::ProblemCfBirthplace,
            P::TooLong => AccountMsg::ProblemTooLong,
            P::TryLater => AccountMsg::ProblemTryLater,
        }
    }
}
