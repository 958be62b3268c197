//! The office's pupils: the CSV import through the real upload route (a mixed file imports
//! nothing and reports every bad row; a clean file of 1,500 pupils with two payers each imports,
//! timed), the classes', pupils' and payers' forms, and other schools' offices kept out. Each
//! on a fresh SQLite file and a fresh Postgres database.

mod common;

use common::browser::{Browser, Page};
use common::family::count;
use common::payers::{demo_family, logged_in};
use common::paying::path_of;
use common::TestApp;
use domain::codice_fiscale::{encode, Sex};
use reqwest::Method;
use server::demo::office::OFFICE_MANAGER_USERNAME;
use server::demo::DEMO_PASSWORD;
use std::time::Instant;

on_both_engines!(
    a_mixed_file_imports_nothing_and_reports_every_bad_row,
    a_clean_file_of_1500_pupils_imports_in_seconds,
    classes_pupils_and_payers_are_edited_through_the_forms,
    other_schools_and_families_get_nothing,
);

const SCHOOL: &str = "MIIC8CY00P";
const PUPILS: &str = "/segreteria/MIIC8CY00P/alunni";
const IMPORT: &str = "/segreteria/MIIC8CY00P/importa";
const HEADER: &str =
    "codice_fiscale_alunno;cognome_alunno;nome_alunno;classe;codice_fiscale_genitore_1;cognome_genitore_1;\
nome_genitore_1;email_genitore_1;codice_fiscale_genitore_2;cognome_genitore_2;nome_genitore_2;email_genitore_2";
const SURNAMES: [&str; 6] = ["Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno"];
const NAMES: [&str; 6] = ["Sofia", "Leonardo", "Aurora", "Francesco", "Ginevra", "Tommaso"];

fn code(surname: &str, name: &str, year: u16, month: u8, day: u8, sex: Sex) -> String {
    encode(surname, name, year, month, day, sex, "F205").expect("a valid code").to_string()
}

/// Pupil `i` of a generated file: a distinct birth day for each of 1,680 pupils.
fn pupil_line(i: usize, class: &str) -> String {
    let (surname, name) = (SURNAMES[i % 6], NAMES[(i / 6) % 6]);
    let year = 2012 + u16::try_from(i % 5).unwrap_or(0);
    let month = 1 + u8::try_from((i / 5) % 12).unwrap_or(0);
    let day = 1 + u8::try_from((i / 60) % 28).unwrap_or(0);
    let sex = if (i / 6).is_multiple_of(2) { Sex::Female } else { Sex::Male };
    let pupil = code(surname, name, year, month, day, sex);
    let father = code(surname, "Marco", 1975 + year % 10, month, day, Sex::Male);
    let mother = code("Romano", "Elena", 1978 + year % 10, month, day, Sex::Female);
    format!(
        "{pupil};{surname};{name};{class};{father};{surname};Marco;marco.{i}@example.it;{mother};Romano;Elena;elena.{i}@example.it"
    )
}

/// A multipart form with one file, as a browser sends the upload form.
async fn upload(browser: &Browser, path: &str, file_name: &str, bytes: &[u8]) -> Page {
    let boundary = "----pagoscuola-prova-7d1f";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let content_type = format!("multipart/form-data; boundary={boundary}");
    browser
        .send(Method::POST, path, &[("content-type", &content_type), ("accept", "text/html")], body)
        .await
        .expect("upload")
}

/// Uploads and opens the outcome the upload leads to.
async fn import(browser: &Browser, file_name: &str, bytes: &[u8]) -> Page {
    let answer = upload(browser, IMPORT, file_name, bytes).await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    let location = path_of(&answer.location.expect("to the outcome"));
    assert!(location.starts_with("/segreteria/MIIC8CY00P/importa?esito="), "{location}");
    browser.get(location.split('#').next().unwrap_or_default()).await
}

async fn office(app: &TestApp) -> Browser {
    logged_in(app, OFFICE_MANAGER_USERNAME, DEMO_PASSWORD).await
}

async fn add_class(browser: &Browser, name: &str) -> Page {
    browser.submit("/api/office/pupils/add-class", &[("school", SCHOOL), ("name", name)]).await
}

async fn giulia(app: &TestApp) -> (i64, String) {
    sqlx::query_as("SELECT id, codice_fiscale FROM pupils WHERE given_name = 'Giulia' AND school_code = $1")
        .bind(SCHOOL)
        .fetch_one(&app.pool)
        .await
        .expect("the demo's Giulia")
}

async fn a_mixed_file_imports_nothing_and_reports_every_bad_row(app: &TestApp) {
    let browser = office(app).await;
    assert!(add_class(&browser, "1A").await.has("Classe aggiunta."));
    let (_, giulia_cf) = giulia(app).await;
    let parent = code("Verdi", "Marco", 1980, 5, 5, Sex::Male);
    let row = |cf: &str, surname: &str, name: &str, class: &str, payer: &str| {
        format!("{cf};{surname};{name};{class};{payer};;;;;")
    };
    let payer = format!("{parent};Verdi;Marco;marco.verdi@example.it");
    let lines = [
        HEADER.to_string(),
        pupil_line(0, "1A"),                                     // 2: good
        row("RSSMRA80A01H501X", "Rossi", "Mario", "1A", &payer), // 3: check character
        row(&code("Verdi", "Anna", 2015, 1, 2, Sex::Female), "Gialli", "Anna", "1A", &payer), // 4: not Gialli's code
        row(&code("Viola", "Anna", 2015, 1, 3, Sex::Female), "Viola", "Anna", "9Z", &payer), // 5: no such class
        pupil_line(0, "1A"),                                     // 6: line 2 again
        row(&giulia_cf, "Rossi", "Giulio", "1A", &payer),        // 7: Giulia's code, other name
        row(
            &code("Blu", "Anna", 2015, 1, 4, Sex::Female),
            "Blu",
            "Anna",
            "1A",
            &format!("{parent};Verdi;Marco;marco@@example"),
        ), // 8: bad email
        row(&code("Rosa", "Anna", 2015, 1, 5, Sex::Female), "Rosa", "Anna", "1A", ";;;"), // 9: no payer
    ];
    let pupils_before = count(app, "pupils").await;
    let links_before = count(app, "payer_links").await;
    let started = Instant::now();
    let page = import(&browser, "classe-mista.csv", lines.join("\n").as_bytes()).await;
    println!("mixed file ({:?}): checked and refused in {:?}", app.engine, started.elapsed());
    assert_eq!(page.status, 200);
    assert!(page.has("Nessun alunno importato"), "{}", page.body);
    assert!(page.has("Il file classe-mista.csv ha 7 problemi su 7 righe"), "{}", page.body);
    let expected = [
        ("3", "codice_fiscale_alunno", "il carattere di controllo finale non torna"),
        ("4", "cognome_alunno", "Il cognome non corrisponde al codice fiscale."),
        ("5", "classe", "La scuola non ha questa classe"),
        ("6", "codice_fiscale_alunno", "è già alla riga 2 del file."),
        ("7", "codice_fiscale_alunno", "La scuola ha già questo codice fiscale con un altro cognome o nome"),
        ("8", "email_genitore_1", "Indirizzo email non valido."),
        ("9", "codice_fiscale_genitore_1", "Nessun genitore: serve almeno il primo"),
    ];
    for (line, column, reason) in expected {
        let cells = format!("<td>{line}</td><td class=\"mono\">{column}</td><td>");
        assert!(page.has(&cells), "line {line} at {column}: {}", page.body);
        assert!(page.has(reason), "{reason}");
    }
    assert_eq!(count(app, "pupils").await, pupils_before, "nothing imported");
    assert_eq!(count(app, "payer_links").await, links_before);

    // The report downloads as CSV, the same rows.
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM pupil_imports WHERE school_code = $1 ORDER BY id DESC")
        .bind(SCHOOL)
        .fetch_one(&app.pool)
        .await
        .expect("the recorded outcome");
    let report = browser.get(&format!("{IMPORT}/esito-{id}.csv")).await;
    assert_eq!(report.status, 200);
    assert!(report.body.starts_with("\u{FEFF}Riga;Colonna;Problema"), "{}", report.body);
    assert!(report.has("8;email_genitore_1;Indirizzo email non valido."), "{}", report.body);
    assert_eq!(report.body.lines().count(), 8, "a heading and 7 problems");

    // A file that is not UTF-8, and a form without a file: refused as a whole.
    let latin1 =
        import(&browser, "vecchio.csv", b"codice_fiscale_alunno;cognome_alunno\nRSSMRA80A01H501U;Citt\xe0\n").await;
    assert!(latin1.has("Il file non è in UTF-8"), "{}", latin1.body);
    let empty = import(&browser, "", b"").await;
    assert!(empty.has("Nessun file scelto."), "{}", empty.body);
    let huge = import(&browser, "enorme.csv", &vec![b'x'; 5 * 1024 * 1024]).await;
    assert!(huge.has("Il file è troppo grande: al massimo 4 MB."), "{}", huge.body);
    // The sample file imports once its class exists.
    let sample = browser.get(&format!("{IMPORT}/modello-alunni.csv")).await;
    assert_eq!(sample.status, 200);
    let done = import(&browser, "modello-alunni.csv", sample.body.as_bytes()).await;
    assert!(done.has("Alunni importati: 2"), "{}", done.body);
}

async fn a_clean_file_of_1500_pupils_imports_in_seconds(app: &TestApp) {
    let browser = office(app).await;
    let classes = ["1A", "2A", "3A", "4A", "5A"];
    for class in classes {
        add_class(&browser, class).await;
    }
    let mut lines = vec![HEADER.to_string()];
    lines.extend((0..1500).map(|i| pupil_line(i, classes[i % 5])));
    // Excel's way: a byte-order mark and CRLF line ends.
    let file = format!("\u{FEFF}{}\r\n", lines.join("\r\n"));
    let pupils_before = count(app, "pupils").await;
    let links_before = count(app, "payer_links").await;
    let started = Instant::now();
    let page = import(&browser, "alunni.csv", file.as_bytes()).await;
    let first = started.elapsed();
    assert!(page.has("Alunni importati: 1.500"), "{}", page.body);
    assert!(page.has("1.500 alunni nuovi, 0 aggiornati, 3.000 genitori registrati"), "{}", page.body);
    assert_eq!(count(app, "pupils").await, pupils_before + 1500);
    assert_eq!(count(app, "payer_links").await, links_before + 3000);
    let started = Instant::now();
    let again = import(&browser, "alunni.csv", file.as_bytes()).await;
    let second = started.elapsed();
    assert!(again.has("0 alunni nuovi, 1.500 aggiornati"), "the same file again changes nothing: {}", again.body);
    assert_eq!(count(app, "pupils").await, pupils_before + 1500);
    println!(
        "import of 1,500 pupils with 3,000 payers ({:?}, {} KB, through HTTP): {first:?}; the same file again: {second:?}",
        app.engine,
        file.len() / 1024
    );
    let list = browser.get(&format!("{PUPILS}?classe=3A")).await;
    assert!(list.has("Alunni trovati: 300"), "{}", list.body);
    assert!(list.has("Pagina 1 di 3"));
}

async fn classes_pupils_and_payers_are_edited_through_the_forms(app: &TestApp) {
    let browser = office(app).await;
    let page = browser.get(PUPILS).await;
    assert_eq!(page.status, 200);
    assert!(page.has("3ª A primaria") && page.has("Alunni senza genitore registrato"), "{}", page.body);
    assert!(add_class(&browser, "  2B  ").await.has("Classe aggiunta."));
    let again = add_class(&browser, "2B").await;
    assert!(again.has("La scuola ha già questa classe."), "{}", again.body);

    // A pupil by hand: every problem at its field, what was typed kept.
    let maria_cf: (String,) = sqlx::query_as("SELECT codice_fiscale FROM accounts WHERE username = 'demo'")
        .fetch_one(&app.pool)
        .await
        .expect("Maria Rossi");
    let pupil_cf = code("Neri", "Irene", 2016, 9, 9, Sex::Female);
    let mut fields = vec![
        ("school", SCHOOL),
        ("codice_fiscale", pupil_cf.as_str()),
        ("surname", "Neri"),
        ("given_name", "Ilaria"),
        ("class", "2B"),
        ("payer_codice_fiscale", maria_cf.0.as_str()),
        ("payer_surname", "Rossi"),
        ("payer_given_name", "Maria"),
        ("payer_email", "maria.rossi@"),
    ];
    let refused = browser.submit("/api/office/pupils/add", &fields).await;
    assert!(refused.has("Il nome non corrisponde al codice fiscale."), "{}", refused.body);
    assert!(refused.has("Indirizzo email non valido."));
    assert!(refused.has(&format!("value=\"{pupil_cf}\"")), "the code typed is kept");
    fields[3] = ("given_name", "Irene");
    fields[8] = ("payer_email", "Maria.Rossi@Example.it");
    let answer = browser.post("/api/office/pupils/add", &fields).await;
    let target = path_of(&answer.location.expect("to the new pupil"));
    let pupil = browser.get(&target).await;
    assert!(pupil.has("Alunno aggiunto.") && pupil.has("Neri Irene"), "{}", pupil.body);
    // Maria's account has this code and its verified email is the one recorded: she sees Irene.
    assert!(pupil.has("Sì, con l&#x27;email registrata") || pupil.has("Sì, con l'email registrata"), "{}", pupil.body);
    let id = target.rsplit('/').next().unwrap_or_default().to_string();
    let duplicate = browser.submit("/api/office/pupils/add", &fields).await;
    assert!(duplicate.has("La scuola ha già un alunno con questo codice fiscale."));

    // Names must still agree with the code; the class must be the school's.
    let edit = |surname: &'static str, given: &'static str, class: &'static str| {
        vec![("school", SCHOOL), ("pupil", id.as_str()), ("surname", surname), ("given_name", given), ("class", class)]
    };
    let wrong = browser.submit("/api/office/pupils/edit", &edit("Bianchi", "Irene", "2B")).await;
    assert!(wrong.has("Il cognome non corrisponde al codice fiscale."), "{}", wrong.body);
    let moved = browser.submit("/api/office/pupils/edit", &edit("NERI", "Irene", "3ª A primaria")).await;
    assert!(moved.has("Dati dell&#x27;alunno salvati.") || moved.has("Dati dell'alunno salvati."), "{}", moved.body);
    let unknown = browser.submit("/api/office/pupils/edit", &edit("Neri", "Irene", "Nessuna")).await;
    assert!(unknown.has("La scuola non ha questa classe"), "{}", unknown.body);
    let (class,): (String,) = sqlx::query_as("SELECT class_name FROM pupils WHERE codice_fiscale = $1")
        .bind(&pupil_cf)
        .fetch_one(&app.pool)
        .await
        .expect("pupil");
    assert_eq!(class, "3ª A primaria");

    // A second payer with no email: nobody sees Irene through him yet.
    let father = code("Neri", "Luigi", 1979, 4, 4, Sex::Male);
    let payer = |email: &'static str| {
        vec![
            ("school", SCHOOL),
            ("pupil", id.as_str()),
            ("payer_codice_fiscale", father.as_str()),
            ("payer_surname", "Neri"),
            ("payer_given_name", "Luigi"),
            ("payer_email", email),
        ]
    };
    let added = browser.submit("/api/office/pupils/add-payer", &payer("")).await;
    assert!(added.has("Genitore aggiunto.") && added.has("Non ancora"), "{}", added.body);
    let twice = browser.submit("/api/office/pupils/add-payer", &payer("")).await;
    assert!(twice.has("Questo genitore è già registrato per l"), "{}", twice.body);
    let email =
        [("school", SCHOOL), ("pupil", id.as_str()), ("payer", father.as_str()), ("email", "Luigi.Neri@Example.it")];
    assert!(browser.submit("/api/office/pupils/payer-email", &email).await.has("Email del genitore salvata."));
    let (stored,): (Option<String>,) =
        sqlx::query_as("SELECT payer_email FROM payer_links WHERE payer_codice_fiscale = $1")
            .bind(&father)
            .fetch_one(&app.pool)
            .await
            .expect("payer");
    assert_eq!(stored.as_deref(), Some("luigi.neri@example.it"), "lower-cased");
    let remove = [("school", SCHOOL), ("pupil", id.as_str()), ("payer", maria_cf.0.as_str())];
    assert!(browser.submit("/api/office/pupils/remove-payer", &remove).await.has("Genitore tolto."));
    // Without Maria nobody sees Irene: she is among the pupils without a registered parent.
    let orphans = browser.get(&format!("{PUPILS}?senza-genitore=1&cerca=neri")).await;
    // The names as last typed ("NERI"); the search ignores case.
    assert!(orphans.has("NERI Irene"), "{}", orphans.body);
    let search = browser.get(&format!("{PUPILS}?cerca={}", &pupil_cf[..8])).await;
    assert!(search.has("Alunni trovati: 1") && search.has("NERI Irene"), "{}", search.body);
}

async fn other_schools_and_families_get_nothing(app: &TestApp) {
    let (luca,): (i64,) = sqlx::query_as("SELECT id FROM pupils WHERE given_name = 'Luca'")
        .fetch_one(&app.pool)
        .await
        .expect("Luca, at MIIS01200L");
    let (giulia_id, _) = giulia(app).await;
    let staff = office(app).await;
    // The DSGA of MIIC8CY00P has no role at MIIS01200L, and Luca is not MIIC8CY00P's pupil.
    for path in [
        "/segreteria/MIIS01200L/alunni".to_string(),
        "/segreteria/MIIS01200L/importa".to_string(),
        format!("/segreteria/MIIS01200L/alunni/{luca}"),
        format!("{PUPILS}/{luca}"),
        "/segreteria/MIIS01200L/importa/modello-alunni.csv".to_string(),
    ] {
        assert_eq!(staff.get(&path).await.status, 404, "{path}");
    }
    let imports_before = count(app, "pupil_imports").await;
    let refused = upload(&staff, "/segreteria/MIIS01200L/importa", "a.csv", pupil_line(1, "4ª C").as_bytes()).await;
    assert_eq!(refused.status, 404);
    // Called as a script (a browser's form post would be sent back to the page it came from).
    let edit = format!("school={SCHOOL}&pupil={luca}&surname=X&given_name=Y&class=4C");
    let form = [("content-type", "application/x-www-form-urlencoded")];
    let answer = staff.send(Method::POST, "/api/office/pupils/edit", &form, edit.into_bytes()).await.expect("edit");
    assert_eq!(answer.status, 404, "another school's pupil");
    assert_eq!(count(app, "pupil_imports").await, imports_before);
    // A family sees no office; nobody anonymous does either.
    let family = demo_family(app).await;
    assert_eq!(family.get(PUPILS).await.status, 404);
    assert_eq!(family.get(&format!("{PUPILS}/{giulia_id}")).await.status, 404);
    assert_eq!(upload(&family, IMPORT, "a.csv", b"x").await.status, 404);
    let anonymous = Browser::new(app);
    let answer = anonymous.get(IMPORT).await;
    assert_eq!((answer.status, answer.location.as_deref().map(path_of)), (302, Some("/accedi".to_string())));
    let upload_answer = upload(&anonymous, IMPORT, "a.csv", b"x").await;
    assert_eq!(upload_answer.location.as_deref().map(path_of).as_deref(), Some("/accedi"));
    assert_eq!(count(app, "pupil_imports").await, imports_before, "nothing recorded for them");
}
