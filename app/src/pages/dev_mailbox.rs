use crate::functions::account::dev_mailbox;
use crate::i18n::{AccountMsg, Msg};
use crate::request::{set_status, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/dev/posta`: the outbox as a mailbox, in demo mode only (404 otherwise).
#[component]
pub fn DevMailboxPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(AccountMsg::MailboxTitle) />
        <div class="container">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let Ok(messages) = dev_mailbox().await else {
                        set_status(404);
                        return view! { <h1>{lang.t(Msg::NotFoundTitle)}</h1><p>{lang.t(Msg::NotFoundText)}</p> }.into_any();
                    };
                    view! {
                        <h1>{lang.t(AccountMsg::MailboxTitle)}</h1>
                        <p>{lang.t(AccountMsg::MailboxIntro)}</p>
                        {messages.is_empty().then(|| view! { <p>{lang.t(AccountMsg::MailboxEmpty)}</p> })}
                        <ol class="mailbox">
                            {messages.into_iter().map(|m| {
                                let state = if m.sent_at.is_some() { AccountMsg::MailboxSent } else { AccountMsg::MailboxQueued };
                                view! {
                                    <li class="mail" data-kind=m.kind.clone()>
                                        <h2 class="mail__subject">{m.subject.clone()}</h2>
                                        <p class="mail__meta">{lang.t(AccountMsg::MailboxTo)}": "{m.recipient.clone()}" · "{lang.t(state)}</p>
                                        <pre class="mail__body">{linked_lines(&m.body_text)}</pre>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

/// The mail's text with its web addresses clickable (the mailbox is for following the links).
fn linked_lines(text: &str) -> impl IntoView {
    text.lines()
        .map(|line| {
            let line = line.to_string();
            if line.starts_with("http://") || line.starts_with("https://") {
                let href = line.clone();
                view! { <a href=href>{line}</a>"\n" }.into_any()
            } else {
                view! { {line}"\n" }.into_any()
            }
        })
        .collect_view()
}
