//! `pagoscuola admin create` (a platform administrator) and `pagoscuola admin add-staff` (an
//! office role at a school): the way in before any administrator exists, and a way to give a
//! school its office without the web. A new account gets a temporary password printed once,
//! which must be changed at the first log-in, as for families.

use crate::{db, ServerError};
use app::auth::office_accounts::{find_or_create, Delivery, NewPerson, Outcome, PersonField};
use clap::{Args, Subcommand};
use domain::{SchoolCode, StaffRole};
use sqlx::AnyPool;

#[derive(Subcommand, Clone, Debug)]
pub enum AdminCommand {
    /// Create a platform administrator (or make an existing account one).
    Create(PersonArgs),
    /// Give an account (made when missing) an office role at a school.
    AddStaff {
        /// The school's codice meccanografico, e.g. MIIC8CY00P.
        #[arg(long)]
        school: String,
        /// ds (headteacher), dsga (office manager) or aa (office staff).
        #[arg(long)]
        role: String,
        #[command(flatten)]
        person: PersonArgs,
    },
}

#[derive(Args, Clone, Debug)]
pub struct PersonArgs {
    #[arg(long)]
    pub codice_fiscale: String,
    #[arg(long)]
    pub email: String,
    #[arg(long)]
    pub surname: String,
    /// The given name.
    #[arg(long)]
    pub name: String,
}

fn person(args: &PersonArgs) -> Result<NewPerson, ServerError> {
    NewPerson::parse(&args.codice_fiscale, &args.surname, &args.name, &args.email).map_err(|wrong| {
        let names: Vec<&str> = wrong
            .iter()
            .map(|field| match field {
                PersonField::CodiceFiscale => "--codice-fiscale (not a valid codice fiscale)",
                PersonField::Surname => "--surname",
                PersonField::GivenName => "--name",
                PersonField::Email => "--email (not a valid address)",
            })
            .collect();
        ServerError::Usage(format!("check {}", names.join(", ")))
    })
}

/// Runs the command on `pool` (migrated); the lines to print.
pub async fn execute(pool: &AnyPool, command: &AdminCommand) -> Result<Vec<String>, ServerError> {
    let now = app::auth::now();
    match command {
        AdminCommand::Create(args) => {
            let person = person(args)?;
            let outcome = find_or_create(pool, &person, Delivery::Print).await.map_err(ServerError::Store)?;
            app::store::staff::make_admin(pool, outcome.account_id(), now).await.map_err(ServerError::Store)?;
            Ok(describe(&outcome, "platform administrator"))
        }
        AdminCommand::AddStaff { school, role, person: args } => {
            let code = SchoolCode::parse(school)
                .map_err(|_| ServerError::Usage("--school takes a codice meccanografico, e.g. MIIC8CY00P".into()))?;
            let role = StaffRole::parse(role).ok_or_else(|| ServerError::Usage("--role is ds, dsga or aa".into()))?;
            let person = person(args)?;
            if app::store::schools::by_code(pool, &code).await.map_err(|e| ServerError::Store(e.into()))?.is_none() {
                return Err(ServerError::Usage(format!("no school {code}: add it at /admin first")));
            }
            let outcome = find_or_create(pool, &person, Delivery::Print).await.map_err(ServerError::Store)?;
            app::store::staff::grant(pool, outcome.account_id(), &code, role, now).await.map_err(ServerError::Store)?;
            Ok(describe(&outcome, &format!("{} at {code}", role.code())))
        }
    }
}

fn describe(outcome: &Outcome, what: &str) -> Vec<String> {
    match outcome {
        Outcome::Created { username, temporary_password, .. } => vec![
            format!("Account created and made {what}."),
            format!("Username: {username}"),
            format!("Temporary password (shown once, valid 72 hours): {}", temporary_password.as_deref().unwrap_or("")),
            "At the first log-in it must be changed.".into(),
        ],
        Outcome::Existing { .. } => vec![format!("The existing account with this codice fiscale is now {what}.")],
    }
}

/// Connects, migrates and runs the command, printing its lines.
pub async fn run(database_url: &str, command: &AdminCommand) -> Result<(), ServerError> {
    let (pool, engine) = db::connect(database_url, 2).await?;
    db::migrate(&pool, engine).await?;
    let lines = execute(&pool, command).await;
    pool.close().await;
    for line in lines? {
        println!("{line}");
    }
    Ok(())
}
