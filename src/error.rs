//! Errors that decide the exit code: 0 success, 1 SQL/data/input error, 2 usage error.

/// A usage error (exit code 2): a bad flag value, a missing parameter.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    UsageError(msg.into()).into()
}

/// The exit code for an error.
pub fn exit_code(e: &anyhow::Error) -> i32 {
    if e.downcast_ref::<UsageError>().is_some() { 2 } else { 1 }
}
