//! Preview of the iPXE script a machine would be served now.

use super::ApiError;
use crate::app::AppState;
use crate::store::Machine;

pub async fn preview(_app: &AppState, machine: &Machine) -> Result<String, ApiError> {
    Err(ApiError::NotFound(format!(
        "script preview for {} is not available in this build",
        machine.mac
    )))
}
