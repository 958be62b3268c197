//! The server side of the administration's functions.

use crate::auth::office_accounts::{find_or_create, Delivery, NewPerson, Outcome, PersonField};
use crate::auth::staff::require_admin;
use crate::auth::{flash, now, settings};
use crate::error::AppError;
use crate::i18n::OfficeMsg;
use crate::model::{AdminFlash, AdminPage, Flash, FlashTarget, School};
use crate::routes;
use crate::store::{console, db, schools, staff};
use domain::registration::check_email;
use domain::{OrganisationFiscalCode, SchoolCode, SchoolKind, StaffRole};

/// The longest text a field keeps (a school's name holds 200).
const MAX_CHARS: usize = 200;

pub async fn page() -> Result<AdminPage, AppError> {
    require_admin().await?;
    let schools = console::schools_with_staff(&db()?).await?;
    let flash = flash::take(FlashTarget::Admin).and_then(|f| f.admin).unwrap_or_default();
    Ok(AdminPage { schools, flash })
}

/// The administrator for a form (see `functions::for_form`); anyone else gets `NotFound`.
async fn admin_for_form() -> Result<bool, AppError> {
    Ok(crate::functions::for_form(require_admin().await)?.is_some())
}

fn back(admin: AdminFlash) {
    flash::set(&Flash { form: FlashTarget::Admin, admin: Some(admin), ..Default::default() });
    leptos_axum::redirect(routes::ADMIN);
}

pub struct SchoolForm {
    pub code: String,
    pub name: String,
    pub kind: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub province: String,
    pub fiscal_code: String,
    pub email: String,
}

fn cut(text: &str) -> String {
    text.trim().chars().take(MAX_CHARS + 1).collect()
}

pub async fn add_school(form: SchoolForm) -> Result<(), AppError> {
    if !admin_for_form().await? {
        return Ok(());
    }
    let fields = [
        ("code", cut(&form.code)),
        ("name", cut(&form.name)),
        ("kind", cut(&form.kind)),
        ("address", cut(&form.address)),
        ("postcode", cut(&form.postcode)),
        ("town", cut(&form.town)),
        ("province", cut(&form.province)),
        ("fiscal_code", cut(&form.fiscal_code)),
        ("email", cut(&form.email)),
    ];
    let value = |name: &str| fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let mut problems: Vec<(String, OfficeMsg)> = Vec::new();
    let mut problem = |field: &str, message: OfficeMsg| problems.push((field.into(), message));
    for (name, text) in &fields {
        if text.is_empty() {
            problem(name, OfficeMsg::ProblemRequired);
        } else if text.chars().count() > MAX_CHARS {
            problem(name, OfficeMsg::ProblemTooLong);
        }
    }
    let code = SchoolCode::parse(&value("code"));
    if code.is_err() && !value("code").is_empty() {
        problem("code", OfficeMsg::ProblemSchoolCode);
    }
    let kind = SchoolKind::from_code(&value("kind"));
    if kind.is_none() && !value("kind").is_empty() {
        problem("kind", OfficeMsg::ProblemRequired);
    }
    let postcode = value("postcode");
    let five_digits = postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit());
    if !postcode.is_empty() && !five_digits {
        problem("postcode", OfficeMsg::ProblemPostcode);
    }
    let province = domain::geography::province(&value("province"));
    if province.is_none() && !value("province").is_empty() {
        problem("province", OfficeMsg::ProblemProvince);
    }
    let fiscal_code = OrganisationFiscalCode::parse(&value("fiscal_code"));
    if fiscal_code.is_err() && !value("fiscal_code").is_empty() {
        problem("fiscal_code", OfficeMsg::ProblemFiscalCode);
    }
    if check_email(&value("email")).is_err() && !value("email").is_empty() {
        problem("email", OfficeMsg::ProblemEmail);
    }
    let (Ok(code), Some(kind), Some(province), Ok(fiscal_code), true) =
        (code, kind, province, fiscal_code, problems.is_empty())
    else {
        // One problem per field, the first found.
        let mut seen = std::collections::BTreeSet::new();
        problems.retain(|(field, _)| seen.insert(field.clone()));
        let values = fields.iter().map(|(n, v)| (n.to_string(), v.clone())).collect();
        back(AdminFlash { form: "school".into(), problems, values, notice: None });
        return Ok(());
    };
    let school = School {
        code,
        name: value("name"),
        kind,
        address: value("address"),
        postcode,
        town: value("town"),
        province: province.sigla.into(),
        region: province.region.into(),
        creditor_fiscal_code: fiscal_code,
        email: value("email"),
    };
    schools::upsert(&db()?, &school).await?;
    tracing::info!(school = %school.code, "school added by an administrator");
    back(AdminFlash { form: "school".into(), notice: Some(OfficeMsg::SchoolAdded), ..Default::default() });
    Ok(())
}

pub async fn add_staff(
    school: String,
    role: String,
    codice_fiscale: String,
    surname: String,
    given_name: String,
    email: String,
) -> Result<(), AppError> {
    if !admin_for_form().await? {
        return Ok(());
    }
    let pool = db()?;
    let values: Vec<(String, String)> = [
        ("school", &school),
        ("role", &role),
        ("codice_fiscale", &codice_fiscale),
        ("surname", &surname),
        ("given_name", &given_name),
        ("email", &email),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), cut(v)))
    .collect();
    let mut problems: Vec<(String, OfficeMsg)> = Vec::new();
    let code = SchoolCode::parse(school.trim());
    match &code {
        Err(_) => problems.push(("school".into(), OfficeMsg::ProblemSchoolCode)),
        Ok(code) if schools::by_code(&pool, code).await?.is_none() => {
            problems.push(("school".into(), OfficeMsg::ProblemUnknownSchool));
        }
        Ok(_) => {}
    }
    let role = StaffRole::parse(&role);
    if role.is_none() {
        problems.push(("role".into(), OfficeMsg::ProblemRole));
    }
    let person = NewPerson::parse(&codice_fiscale, &surname, &given_name, &email).map_err(|wrong| {
        for field in wrong {
            problems.push(match field {
                PersonField::CodiceFiscale => ("codice_fiscale".into(), OfficeMsg::ProblemCodiceFiscale),
                PersonField::Surname => ("surname".into(), OfficeMsg::ProblemRequired),
                PersonField::GivenName => ("given_name".into(), OfficeMsg::ProblemRequired),
                PersonField::Email => ("email".into(), OfficeMsg::ProblemEmail),
            });
        }
    });
    let (Ok(code), Some(role), Ok(person), true) = (code, role, person, problems.is_empty()) else {
        back(AdminFlash { form: "staff".into(), problems, values, notice: None });
        return Ok(());
    };
    let login_url = format!("{}{}", settings()?.public_url, routes::LOGIN);
    let outcome = find_or_create(&pool, &person, Delivery::Email { login_url }).await?;
    staff::grant(&pool, outcome.account_id(), &code, role, now()).await?;
    tracing::info!(school = %code, account_id = outcome.account_id(), "office role given by an administrator");
    let notice = match outcome {
        Outcome::Created { .. } => OfficeMsg::StaffCreated,
        Outcome::Existing { .. } => OfficeMsg::StaffGranted,
    };
    back(AdminFlash { form: "staff".into(), notice: Some(notice), ..Default::default() });
    Ok(())
}
