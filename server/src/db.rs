//! Connecting to SQLite or Postgres and migrating either, from one `DATABASE_URL`.

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn of(url: &str) -> Option<Engine> {
        if url.starts_with("sqlite:") {
            Some(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Engine::Postgres)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("DATABASE_URL must start with sqlite: or postgres://")]
    UnknownEngine,
    #[error("cannot create the folder for the SQLite file: {0}")]
    Folder(#[from] std::io::Error),
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Opens the pool; a SQLite file (and its folder) is created when missing.
pub async fn connect(url: &str, max_connections: u32) -> Result<(AnyPool, Engine), DbError> {
    sqlx::any::install_default_drivers();
    let engine = Engine::of(url).ok_or(DbError::UnknownEngine)?;
    let url = match engine {
        Engine::Sqlite => sqlite_url(url)?,
        Engine::Postgres => url.to_string(),
    };
    let pool = AnyPoolOptions::new()
        .max_connections(max_connections)
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if engine == Engine::Sqlite {
                    // WAL lets readers work during a write; the timeout queues writers instead
                    // of failing them at once.
                    conn.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
                        .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    Ok((pool, engine))
}

fn sqlite_url(url: &str) -> Result<String, std::io::Error> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let file = path.split('?').next().unwrap_or_default();
    if let Some(folder) = Path::new(file).parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    Ok(if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

fn migrator(engine: Engine) -> sqlx::migrate::Migrator {
    match engine {
        Engine::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Engine::Postgres => sqlx::migrate!("./migrations/postgres"),
    }
}

/// The newest migration this binary carries for `engine`.
pub fn latest_migration(engine: Engine) -> Option<i64> {
    migrator(engine).iter().map(|migration| migration.version).max()
}

pub async fn migrate(pool: &AnyPool, engine: Engine) -> Result<(), DbError> {
    migrator(engine).run(pool).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_engines() {
        assert_eq!(Engine::of("sqlite://data/x.db"), Some(Engine::Sqlite));
        assert_eq!(Engine::of("sqlite::memory:"), Some(Engine::Sqlite));
        assert_eq!(Engine::of("postgres://u@h/db"), Some(Engine::Postgres));
        assert_eq!(Engine::of("mysql://u@h/db"), None);
    }

    #[test]
    fn sqlite_files_are_created_when_missing() {
        assert_eq!(sqlite_url("sqlite::memory:").unwrap(), "sqlite::memory:?mode=rwc");
        assert_eq!(sqlite_url("sqlite://x.db?mode=ro").unwrap(), "sqlite://x.db?mode=ro");
        assert_eq!(sqlite_url("sqlite://x.db?cache=shared").unwrap(), "sqlite://x.db?cache=shared&mode=rwc");
    }
}
