//! The authorization matrix: every route the server lists (Leptos pages, server functions,
//! plain routes, static files; `server::web::route_inventory`, read from the router's own
//! lists) × nine roles (five of families, four of the office), each answer compared with the table below, and no answer to anyone but
//! parent A carrying A's data. A route missing from the table fails the test with the line to add.

mod common;

use common::matrix::{call, fixtures, key, roles, runs_last, Fixtures, OFFICE_OF_A, ROLES};
use common::paying::path_of;
use common::TestApp;

on_both_engines!(every_route_answers_every_role_as_the_table_says);

/// The expected answer per role, in the order of [`ROLES`]: anonymous, parent A (the demo
/// family, whose ids fill the parameters), parent B (another family), an unverified account
/// (registered, link never opened: it cannot log in), an account that has not accepted the
/// conditions, then the office: staff A (the DSGA of MIIC8CY00P, parent A's children's school),
/// staff B (office staff of another school), headteacher A, and the platform's administrator.
/// "200", "404", or a redirect "302 /accedi" (path only, query dropped).
/// Server functions are called as the islands call them (no `Accept: text/html`).
#[rustfmt::skip]
const EXPECTED: &[(&str, [&str; 9])] = &[
    //                                            anonymous        parent A         parent B         unverified       no conditions    staff A          staff B          headteacher A    admin
    // Public pages. Log-in sends a session home (the no-conditions one then to /condizioni).
    ("GET /",                                      ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    // Staff without children to see land on their console, the administrator on /admin.
    ("GET /accedi",                                ["200",           "302 /famiglia", "302 /famiglia", "200",           "302 /famiglia", "302 /segreteria", "302 /segreteria", "302 /segreteria", "302 /admin"]),
    ("GET /accessibilita",                         ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /privacy",                               ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /condizioni",                            ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /scuole",                                ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /scuole/{codice}",                       ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /esci",                                  ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    // Paying a notice by its number: open to anyone, with or without an account.
    ("GET /paga-avviso",                           ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/pay-notice/find",                  ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/pay-notice/pay",                   ["200 /paga-avviso", "200 /paga-avviso", "200 /paga-avviso", "200 /paga-avviso", "200 /paga-avviso", "200 /paga-avviso", "200 /paga-avviso", "200 /paga-avviso", "200 /paga-avviso"]),
    ("GET /versamenti-volontari",                  ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /versamenti-volontari/{codice}",         ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/voluntary/page",                   ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/voluntary/submit",                 ["200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P", "200 /versamenti-volontari/MIIC8CY00P"]),
    ("GET /registrazione",                         ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /registrazione/conferma/{token}",        ["410",           "410",           "410",           "410",           "410",           "410",           "410",           "410",           "410"]),
    ("GET /recupero-credenziali",                  ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /recupero-credenziali/{token}",          ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /healthz",                               ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /healthz/live",                          ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /healthz/ready",                         ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /sw.js",                                 ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /lingua/{code}",                         ["303 /",         "303 /",         "303 /",         "303 /",         "303 /",         "303 /",         "303 /",         "303 /",         "303 /"]),
    // Static files, the same for everyone. The test server serves `public/` (no built bundle).
    ("GET /pkg/pagoscuola.js",                     ["404",           "404",           "404",           "404",           "404",           "404",           "404",           "404",           "404"]),
    ("GET /fonts/titillium-web-latin-400-normal.woff2",["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /icons/icon.svg",                        ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /manifest.webmanifest",                  ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /sw-register.js",                        ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    // Personal pages: log in first, accept the conditions first; A's things are 404 to B.
    ("GET /famiglia",                              ["302 /accedi",   "200",           "200",           "302 /accedi",   "302 /condizioni", "200",           "200",           "200",           "200"]),
    ("GET /avvisi/{id}",                           ["302 /accedi",   "200",           "404",           "302 /accedi",   "302 /condizioni", "404",           "404",           "404",           "404"]),
    ("GET /carrello",                              ["302 /accedi",   "200",           "200",           "302 /accedi",   "302 /condizioni", "200",           "200",           "200",           "200"]),
    ("GET /pagamento/{id}",                        ["302 /accedi",   "200",           "404",           "302 /accedi",   "302 /condizioni", "404",           "404",           "404",           "404"]),
    ("GET /ricevute",                              ["302 /accedi",   "200",           "200",           "302 /accedi",   "302 /condizioni", "200",           "200",           "200",           "200"]),
    ("GET /profilo",                               ["302 /accedi",   "200",           "200",           "302 /accedi",   "302 /condizioni", "200",           "200",           "200",           "200"]),
    ("GET /ricevute/{file}",                       ["303 /accedi",   "200",           "404",           "303 /accedi",   "303 /condizioni", "404",           "404",           "404",           "404"]),
    ("GET /attestazioni/{file}",                   ["303 /accedi",   "200",           "404",           "303 /accedi",   "303 /condizioni", "404",           "404",           "404",           "404"]),
    // The printable notice: also to anyone with its key (server/tests/notice_documents.rs).
    ("GET /avvisi/{id}/documento.pdf",             ["303 /accedi",   "200",           "404",           "303 /accedi",   "303 /condizioni", "404",           "404",           "404",           "404"]),
    ("GET /cambio-password",                       ["302 /accedi",   "200",           "200",           "302 /accedi",   "200",           "200",           "200",           "200",           "200"]),
    // Demo mode only (404 otherwise, tests/mail.rs): see DEMO_ONLY_OPEN.
    ("GET /dev/posta",                             ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/dev/mailbox",                      ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    // The sandbox PSP's pages: whoever holds the unguessable transaction id, as at a real PSP.
    // (The coordinator's item 1 may unmount them when the provider is pagoPA.)
    ("GET /psp-sandbox/pagamento/{id}",            ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /psp-sandbox/api/transaction",          ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /psp-sandbox/api/decide",               ["200 /pagamento/{id}", "200 /pagamento/{id}", "200 /pagamento/{id}", "200 /pagamento/{id}", "200 /pagamento/{id}", "200 /pagamento/{id}", "200 /pagamento/{id}", "200 /pagamento/{id}", "200 /pagamento/{id}"]),
    // Server-to-server callbacks: unsigned is refused (pagoPA's is 404 while the sandbox is the provider).
    ("POST /api/payments/notify/sandbox",          ["401",           "401",           "401",           "401",           "401",           "401",           "401",           "401",           "401"]),
    ("POST /api/payments/receipts/pagopa",         ["404",           "404",           "404",           "404",           "404",           "404",           "404",           "404",           "404"]),
    // Account functions open to anyone (answers that tell nothing about others).
    ("POST /api/account/flash",                    ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/account/me",                       ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/account/login",                    ["200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi"]),
    // (Item 9: recovery will need the captcha; still the form again.)
    ("POST /api/account/recover",                  ["200 /recupero-credenziali", "200 /recupero-credenziali", "200 /recupero-credenziali", "200 /recupero-credenziali", "200 /recupero-credenziali", "200 /recupero-credenziali", "200 /recupero-credenziali", "200 /recupero-credenziali", "200 /recupero-credenziali"]),
    ("POST /api/account/reset",                    ["200 /recupero-credenziali/", "200 /recupero-credenziali/", "200 /recupero-credenziali/", "200 /recupero-credenziali/", "200 /recupero-credenziali/", "200 /recupero-credenziali/", "200 /recupero-credenziali/", "200 /recupero-credenziali/", "200 /recupero-credenziali/"]),
    ("POST /api/account/reset-valid",              ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/account/verify",                   ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("GET /api/captcha/challenge",                 ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/directory/school",                 ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/directory/search",                 ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    // Registration: the form again. (Item 5: captcha checked before any lookup or draft.)
    ("POST /api/registration/state",               ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    ("POST /api/registration/code",                ["200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione"]),
    ("POST /api/registration/details",             ["200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione"]),
    ("POST /api/registration/confirm",             ["200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione"]),
    ("POST /api/registration/email",               ["200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione"]),
    ("POST /api/registration/restart",             ["200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione", "200 /registrazione"]),
    ("GET /api/registration/places",               ["200",           "200",           "200",           "200",           "200",           "200",           "200",           "200",           "200"]),
    // The family's data: 401 without a session, 403 before the conditions, 404 for A's ids to B.
    ("POST /api/account/home",                     ["401",           "200",           "200",           "401",           "403",           "200",           "200",           "200",           "200"]),
    ("POST /api/notices/family",                   ["401",           "200",           "200",           "401",           "403",           "200",           "200",           "200",           "200"]),
    ("POST /api/notices/one",                      ["401",           "200",           "404",           "401",           "403",           "404",           "404",           "404",           "404"]),
    ("POST /api/cart/view",                        ["401",           "200",           "200",           "401",           "403",           "200",           "200",           "200",           "200"]),
    ("POST /api/receipts/history",                 ["401",           "200",           "200",           "401",           "403",           "200",           "200",           "200",           "200"]),
    ("POST /api/payments/view",                    ["401",           "200",           "404",           "401",           "403",           "404",           "404",           "404",           "404"]),
    ("POST /api/payments/state",                   ["401",           "200",           "404",           "401",           "404",           "404",           "404",           "404",           "404"]),
    // Forms: redirected to log-in or conditions; B's try at A's notice or payment changes nothing.
    ("POST /api/cart/add",                         ["200 /accedi",   "200 /carrello", "200 /carrello", "200 /accedi",   "200 /condizioni", "200 /carrello", "200 /carrello", "200 /carrello", "200 /carrello"]),
    ("POST /api/cart/remove",                      ["200 /accedi",   "200 /carrello", "200 /carrello", "200 /accedi",   "200 /condizioni", "200 /carrello", "200 /carrello", "200 /carrello", "200 /carrello"]),
    ("POST /api/cart/checkout",                    ["200 /accedi",   "200 /pagamento/{new}", "200 /carrello", "200 /accedi",   "200 /condizioni", "200 /carrello", "200 /carrello", "200 /carrello", "200 /carrello"]),
    // The family page's pay form (parent B: A's notice is no notice, back to B's page) and the
    // cart island's calls (answered like the other calls: 401 before log-in, 403 before the conditions).
    ("POST /api/cart/pay",                         ["200 /accedi",   "200 /pagamento/{new}", "200 /famiglia", "200 /accedi",   "200 /condizioni", "200 /famiglia", "200 /famiglia", "200 /famiglia", "200 /famiglia"]),
    // A class representative's page: any family's (empty without a delegation); nothing ticked
    // comes back to it.
    ("GET /rappresentante",                        ["302 /accedi",   "200",           "200",           "302 /accedi",   "302 /condizioni", "200",           "200",           "200",           "200"]),
    ("POST /api/class/view",                       ["401",           "200",           "200",           "401",           "403",           "200",           "200",           "200",           "200"]),
    ("POST /api/class/pay",                        ["200 /accedi",   "200 /rappresentante", "200 /rappresentante", "200 /accedi", "200 /condizioni", "200 /rappresentante", "200 /rappresentante", "200 /rappresentante", "200 /rappresentante"]),
    ("POST /api/cart/select",                      ["401",           "200",           "200",           "401",           "403",           "200",           "200",           "200",           "200"]),
    ("POST /api/cart/urgent",                      ["401",           "200",           "200",           "401",           "403",           "200",           "200",           "200",           "200"]),
    ("POST /api/payments/pay",                     ["200 /accedi",   "200 /pagamento/{id}", "404",           "200 /accedi",   "200 /condizioni", "404",           "404",           "404",           "404"]),
    ("POST /api/payments/cancel",                  ["401",           "200 /carrello", "404",           "401",           "404",           "404",           "404",           "404",           "404"]),
    ("POST /api/account/password",                 ["200 /accedi",   "200 /cambio-password", "200 /cambio-password", "200 /accedi",   "200 /cambio-password", "200 /cambio-password", "200 /cambio-password", "200 /cambio-password", "200 /cambio-password"]),
    ("POST /api/account/conditions",               ["200 /accedi",   "200 /famiglia", "200 /famiglia", "200 /accedi",   "200 /famiglia", "200 /segreteria", "200 /segreteria", "200 /segreteria", "200 /admin"]),
    ("POST /api/account/logout",                   ["200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi",   "200 /accedi"]),
    // The family's activation code (a code of nobody's: the family page again, with the problem).
    ("POST /api/account/activate",                 ["200 /accedi",   "200 /famiglia", "200 /famiglia", "200 /accedi",   "200 /condizioni", "200 /famiglia", "200 /famiglia", "200 /famiglia", "200 /famiglia"]),
    // The office console: only staff of MIIC8CY00P (staff A, headteacher A) see its pages; the
    // other school's staff, families and the administrator get 404, as if it did not exist.
    // `/segreteria` sends each member to their (one) school.
    ("GET /segreteria",                            ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "302 /segreteria/MIIC8CY00P", "302 /segreteria/MIIS01200L", "302 /segreteria/MIIC8CY00P", "404"]),
    ("GET /segreteria/{codice}",                   ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/alunni/{id}/attivazione", ["302 /accedi", "404",       "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("POST /api/office/schools",                   ["401",           "404",           "404",           "401",           "403",           "200",           "200",           "200",           "404"]),
    ("POST /api/office/home",                      ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/activation/page",           ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/activation/issue",          ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/alunni/{pupil}/attivazione", "404", "200 /segreteria/MIIC8CY00P/alunni/{pupil}/attivazione", "404"]),
    ("POST /api/office/activation/send",           ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/alunni/{pupil}/attivazione", "404", "200 /segreteria/MIIC8CY00P/alunni/{pupil}/attivazione", "404"]),
    // The platform's administration: the administrator only; anyone else 404 (nothing typed
    // in the forms: the page again with its problems, nothing stored).
    ("GET /admin",                                 ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "404",           "404",           "404",           "200"]),
    ("POST /api/admin/page",                       ["401",           "404",           "404",           "401",           "403",           "404",           "404",           "404",           "200"]),
    ("POST /api/admin/school",                     ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "404",           "404",           "404",           "200 /admin"]),
    ("POST /api/admin/staff",                      ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "404",           "404",           "404",           "200 /admin"]),
    // The office's pupils (MIIC8CY00P, parent A's children's school): only its staff; forms sent
    // empty come back with their problems. Removing a payer the pupil does not have: 404 to all.
    ("GET /segreteria/{codice}/alunni",            ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/alunni/{id}",       ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/importa",           ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    // The upload (plain multipart route; a body that is not multipart counts as "no file chosen")
    // and its files (the sample here; the reports are `esito-{id}.csv`).
    ("POST /segreteria/{codice}/importa",          ["303 /accedi",   "404",           "404",           "303 /accedi",   "303 /condizioni", "303 /segreteria/MIIC8CY00P/importa", "404", "303 /segreteria/MIIC8CY00P/importa", "404"]),
    ("GET /segreteria/{codice}/importa/{file}",    ["303 /accedi",   "404",           "404",           "303 /accedi",   "303 /condizioni", "200",           "404",           "200",           "404"]),
    ("POST /api/office/pupils/list",               ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/pupils/one",                ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/pupils/import-page",        ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/pupils/add-class",          ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/alunni", "404", "200 /segreteria/MIIC8CY00P/alunni", "404"]),
    ("POST /api/office/pupils/add",                ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/alunni", "404", "200 /segreteria/MIIC8CY00P/alunni", "404"]),
    ("POST /api/office/pupils/edit",               ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/alunni/{pupil}", "404", "200 /segreteria/MIIC8CY00P/alunni/{pupil}", "404"]),
    ("POST /api/office/pupils/add-payer",          ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/alunni/{pupil}", "404", "200 /segreteria/MIIC8CY00P/alunni/{pupil}", "404"]),
    ("POST /api/office/pupils/payer-email",        ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/alunni/{pupil}", "404", "200 /segreteria/MIIC8CY00P/alunni/{pupil}", "404"]),
    ("POST /api/office/pupils/remove-payer",       ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "404",           "404",           "404",           "404"]),
    // The office's payment events (MIIC8CY00P, A's children's school): its staff only; only the
    // headteacher approves (the DSGA: 403). Actions on A's published event change nothing
    // (approving or publishing it again, revoking without the confirmation), back to its page.
    ("GET /segreteria/{codice}/eventi",            ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/eventi/nuovo",      ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/eventi/{id}",       ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/eventi/{id}/resoconto.csv", ["303 /accedi", "404",     "404",           "303 /accedi",   "303 /condizioni", "200",           "404",           "200",           "404"]),
    ("POST /api/office/events/list",               ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/events/form",               ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/events/view",               ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/events/save",               ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/eventi/nuovo", "404", "200 /segreteria/MIIC8CY00P/eventi/nuovo", "404"]),
    ("POST /api/office/events/approve",            ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "403",           "404",           "200 /segreteria/MIIC8CY00P/eventi/{id}", "404"]),
    ("POST /api/office/events/publish",            ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404"]),
    ("POST /api/office/events/revoke",             ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404"]),
    // Class representatives on A's event: the school's staff delegate (nothing typed: the
    // problem at its field) and end delegations (none with this id: nothing changes).
    ("POST /api/office/events/representative",     ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404"]),
    ("POST /api/office/events/representative/end", ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404", "200 /segreteria/MIIC8CY00P/eventi/{id}", "404"]),
    // Voluntary items: the school's staff read and change them (nothing typed: the form again).
    ("GET /segreteria/{codice}/versamenti-volontari", ["302 /accedi", "404",          "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("POST /api/office/voluntary/page",            ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/voluntary/save",            ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/versamenti-volontari", "404", "200 /segreteria/MIIC8CY00P/versamenti-volontari", "404"]),
    ("POST /api/office/voluntary/close",           ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/versamenti-volontari", "404", "200 /segreteria/MIIC8CY00P/versamenti-volontari", "404"]),
    // The money reports: the school's staff read them; a refund marked as made (here one that
    // is not the school's, so nothing changes) goes back to the reconciliation.
    ("GET /segreteria/{codice}/riconciliazione",   ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/riconciliazione.csv", ["303 /accedi", "404",           "404",           "303 /accedi",   "303 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/dati-730",          ["302 /accedi",   "404",           "404",           "302 /accedi",   "302 /condizioni", "200",           "404",           "200",           "404"]),
    ("GET /segreteria/{codice}/dati-730.csv",      ["303 /accedi",   "404",           "404",           "303 /accedi",   "303 /condizioni", "200",           "404",           "200",           "404"]),
    ("POST /api/office/reports/reconciliation",    ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/reports/tax",               ["401",           "404",           "404",           "401",           "403",           "200",           "404",           "200",           "404"]),
    ("POST /api/office/reports/refunded",          ["200 /accedi",   "404",           "404",           "200 /accedi",   "200 /condizioni", "200 /segreteria/MIIC8CY00P/riconciliazione", "404", "200 /segreteria/MIIC8CY00P/riconciliazione", "404"]),
];

/// Open to anyone in demo mode only (the test server runs in demo mode, and the development
/// mailbox shows every family's mail); outside demo mode they answer 404 (tests/mail.rs).
const DEMO_ONLY_OPEN: [&str; 2] = ["GET /dev/posta", "POST /api/dev/mailbox"];

/// The office's own pages and calls: there parent A's school's staff see A's children.
fn is_office(route: &server::web::RouteEntry) -> bool {
    route.path.starts_with(app::routes::OFFICE) || route.path.starts_with("/api/office/")
}

/// "404", or "302 /accedi" with the path a `Location` names (query dropped). A server function
/// called as a script answers a redirect "200 /accedi": its client follows the `Location`.
/// A payment's id reads `{id}` when it is A's, `{new}` when the request just made it; A's
/// child's id in an office address reads `{pupil}`, and its school's payment event `{id}`.
fn outcome(page: &common::browser::Page, fx: &Fixtures) -> String {
    let Some(location) = &page.location else { return page.status.to_string() };
    let path = path_of(location);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let path = match path.strip_prefix("/pagamento/") {
        Some(id) if id == fx.payment => "/pagamento/{id}".to_string(),
        Some(_) => "/pagamento/{new}".to_string(),
        // A's child's page and A's school's payment event in the office (ids from the demo data).
        None => path
            .replace(&format!("/alunni/{}", fx.pupil_id), "/alunni/{pupil}")
            .replace(&format!("/eventi/{}", fx.event_id), "/eventi/{id}"),
    };
    format!("{} {path}", page.status)
}

async fn every_route_answers_every_role_as_the_table_says(app: &TestApp) {
    let fx = fixtures(app).await;
    let roles = roles(app).await;
    let mut routes = server::web::route_inventory();
    // Log-out and accepting the conditions change the caller: they go last.
    routes.sort_by_key(runs_last);
    let keys: Vec<String> = routes.iter().map(key).collect();

    let mut observed: Vec<(String, Vec<String>)> = Vec::new();
    let mut leaks = Vec::new();
    let mut seen_by_a = std::collections::BTreeSet::new();
    for route in &routes {
        let request = call(route, &fx);
        let mut answers = Vec::new();
        for (role, browser) in ROLES.iter().zip(&roles.browsers) {
            let page = request.send(browser).await.unwrap_or_else(|e| panic!("{} as {role}: {e}", key(route)));
            // Open to everyone in demo mode, or A's school's office reading A's children.
            let may_read_a =
                DEMO_ONLY_OPEN.contains(&key(route).as_str()) || (OFFICE_OF_A.contains(role) && is_office(route));
            if *role == "parent A" {
                seen_by_a.extend(fx.markers.iter().filter(|m| page.body.contains(m.as_str())).cloned());
            } else if !may_read_a {
                for marker in fx.markers.iter().filter(|m| page.body.contains(m.as_str())) {
                    leaks.push(format!("{} as {role} shows parent A's {marker:?}", key(route)));
                }
            }
            answers.push(outcome(&page, &fx));
        }
        observed.push((key(route), answers));
    }

    let line = |key: &str, answers: &[String]| {
        let quoted: Vec<String> = answers.iter().map(|a| format!("{a:?}")).collect();
        format!("    ({key:?}, [{}]),", quoted.join(", "))
    };
    let mut missing = Vec::new();
    let mut wrong = Vec::new();
    for (key, answers) in &observed {
        match EXPECTED.iter().find(|(k, _)| k == key) {
            None => missing.push(line(key, answers)),
            Some((_, expected)) => {
                for ((role, want), got) in ROLES.iter().zip(expected).zip(answers) {
                    if want != got {
                        wrong.push(format!("{key} as {role}: expected {want}, got {got}"));
                    }
                }
            }
        }
    }
    let stale: Vec<&str> = EXPECTED.iter().map(|(k, _)| *k).filter(|k| !keys.iter().any(|x| x == k)).collect();
    println!(
        "authorization matrix ({:?}): {} routes × {} roles = {} requests; {} leaks",
        app.engine,
        routes.len(),
        ROLES.len(),
        routes.len() * ROLES.len(),
        leaks.len()
    );
    assert!(leaks.is_empty(), "parent A's data reached someone else:\n{}", leaks.join("\n"));
    // The markers are text the site really shows A: looking for them elsewhere means something.
    let unseen: Vec<&String> = fx.markers.iter().filter(|m| !seen_by_a.contains(*m)).collect();
    assert!(unseen.is_empty(), "parent A's own answers never show {unseen:?}");
    assert!(
        missing.is_empty(),
        "routes without an entry in EXPECTED (server/tests/authorization.rs); after checking that each \
         answer below is right, add (a server function with arguments first needs its fields, aimed at \
         parent A's ids, in common::matrix::call, or it answers 400 to everyone):\n{}",
        missing.join("\n")
    );
    assert!(stale.is_empty(), "EXPECTED names routes the server no longer has: {stale:?}");
    assert!(wrong.is_empty(), "answers differ from EXPECTED:\n{}", wrong.join("\n"));
}
