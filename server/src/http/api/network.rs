//! `GET /api/v1/network` ([`crate::service::network`]).

use axum::extract::State;
use axum::Json;

use super::ApiError;
use crate::service::network::{current, NetworkView};
use crate::state::AppState;

/// Interfaces, DHCPv6 and RA roles, and the Router Advertisement monitor's verdict per served interface.
#[utoipa::path(get, path = "/api/v1/network", tag = "network",
    responses((status = 200, description = "This host's interfaces, which ones DHCPv6 serves and bootforge advertises on, and the RA verdict per served interface",
        body = NetworkView)))]
pub async fn show(State(app): State<AppState>) -> Result<Json<NetworkView>, ApiError> {
    Ok(Json(current(&app)))
}
