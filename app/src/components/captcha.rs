//! The "Non sono un robot" field of registration step 1 and of credential recovery: the vendored ALTCHA widget, which
//! fetches a challenge, solves it in workers and puts the proof in a hidden input named
//! `altcha` inside the surrounding form. Plain SSR; the widget brings its own script.

use crate::i18n::AccountMsg;
use crate::request::use_lang;
use leptos::prelude::*;

/// Where the widget fetches its challenge (the `captcha_challenge` server function).
const CHALLENGE_URL: &str = "/api/captcha/challenge";
/// Widget options that fit an attribute: no logo nor footer (they link off-site; the credit is
/// in `public/altcha/README.md`).
const WIDGET_OPTIONS: &str = r#"{"hideLogo":true,"hideFooter":true}"#;

#[component]
pub fn CaptchaField(#[prop(default = None)] issue: Option<AccountMsg>) -> impl IntoView {
    let lang = use_lang();
    // Set on the widget's checkbox by `public/captcha.js` once the widget has drawn it.
    let described = if issue.is_some() { "altcha-hint altcha-error" } else { "altcha-hint" };
    view! {
        // Files of our own origin: allowed by `script-src 'self'` / `style-src 'self'`, no nonce.
        <link rel="stylesheet" href="/altcha/altcha.css" />
        <script type="module" src="/captcha.js"></script>
        // The id is the error summary's link target (the field's name is `altcha`).
        <fieldset class="captcha" id="altcha">
            <legend>{lang.t(AccountMsg::CaptchaLabel)}</legend>
            <p class="field__hint" id="altcha-hint">{lang.t(AccountMsg::CaptchaHint)}</p>
            // The widget's texts come from our translations: captcha.js registers the data-*
            // texts as the widget language `language`.
            <altcha-widget
                challenge=CHALLENGE_URL
                name="altcha"
                language=lang.code()
                configuration=WIDGET_OPTIONS
                data-label=lang.t(AccountMsg::CaptchaCheckbox)
                data-verifying=lang.t(AccountMsg::CaptchaVerifying)
                data-verified=lang.t(AccountMsg::CaptchaVerified)
                data-error=lang.t(AccountMsg::CaptchaFailed)
                data-expired=lang.t(AccountMsg::CaptchaExpired)
                data-describedby=described
            ></altcha-widget>
            <noscript>
                <p class="callout">{lang.t(AccountMsg::CaptchaNoScript)}</p>
            </noscript>
            {issue.map(|issue| view! { <p class="field__error" id="altcha-error">{lang.t(issue)}</p> })}
        </fieldset>
    }
}
