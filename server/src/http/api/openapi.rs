//! The OpenAPI 3.1 document of `/api/v1`, generated from the handlers' `#[utoipa::path]`
//! attributes and the request/response types' `ToSchema` derives (see
//! [`super::documented_routes`]); served at `/api/v1/openapi.json`.

use std::sync::OnceLock;

use axum::http::header;
use axum::response::IntoResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{InfoBuilder, OpenApi, OpenApiBuilder};

/// Title, description, security and tags; the paths and schemas come from the routes.
pub fn base() -> OpenApi {
    let mut doc = OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("bootforge API")
                .version("1")
                .description(Some(
                    "Inventory of an IPv6 network-boot server. Authenticate with \
                     `Authorization: Bearer <token>` (tokens have scope `admin` or `read`; \
                     `read` may only GET) or a dashboard session cookie plus `X-CSRF-Token` \
                     for writes. Errors are `{\"error\": message, \"field\": name?}`.",
                ))
                .build(),
        )
        .build();
    let components = doc.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
    );
    doc.security = Some(vec![utoipa::openapi::security::SecurityRequirement::new(
        "bearer",
        Vec::<String>::new(),
    )]);
    doc
}

/// What any operation may also answer, beyond what its handler declares: 401 (no valid
/// session or token) from the auth middleware on every route, 403 on every write (a
/// read-only caller, or a session without its CSRF token), 400 where a query string is read
/// (an unreadable one). Each is the shared `Error` response.
pub fn add_shared_responses(doc: &mut OpenApi) {
    use utoipa::openapi::path::{HttpMethod, ParameterIn};
    use utoipa::openapi::{Ref, RefOr, ResponseBuilder};
    let components = doc.components.get_or_insert_with(Default::default);
    components.responses.insert(
        "Error".into(),
        RefOr::T(
            ResponseBuilder::new()
                .description("Error")
                .content(
                    "application/json",
                    utoipa::openapi::ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Error")))
                        .build(),
                )
                .build(),
        ),
    );
    for item in doc.paths.paths.values_mut() {
        let operations = [
            (HttpMethod::Get, &mut item.get),
            (HttpMethod::Post, &mut item.post),
            (HttpMethod::Put, &mut item.put),
            (HttpMethod::Patch, &mut item.patch),
            (HttpMethod::Delete, &mut item.delete),
        ];
        for (method, operation) in operations {
            let Some(op) = operation else { continue };
            let reads_query = op
                .parameters
                .iter()
                .flatten()
                .any(|p| p.parameter_in == ParameterIn::Query);
            let mut shared = vec!["401"];
            if method != HttpMethod::Get {
                shared.push("403");
            }
            if reads_query {
                shared.push("400");
            }
            for code in shared {
                op.responses
                    .responses
                    .entry(code.into())
                    .or_insert_with(|| Ref::from_response_name("Error").into());
            }
        }
    }
}

/// The document as served, built once.
pub fn json() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| {
        super::document()
            .to_pretty_json()
            .expect("the OpenAPI document serialises")
    })
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "This document", body = Object)))]
pub async fn serve() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], json())
}

#[cfg(test)]
mod tests {
    //! Drift between the router and the document: the API router is built from the same
    //! `routes!` declarations as the document, and these tests check what that cannot.

    use axum::body::Body;
    use axum::http::{Method, Request, StatusCode};
    use tower::ServiceExt;

    use super::super::{router, NOT_FOUND_MESSAGE};
    use crate::http::auth::AuthService;
    use crate::service::credentials::hash_token;
    use crate::state::AppState;
    use crate::store::Scope;

    const METHODS: [Method; 5] = [
        Method::GET,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
    ];

    fn document() -> serde_json::Value {
        serde_json::from_str(super::json()).unwrap()
    }

    /// `(path, method)` of every documented operation.
    fn documented(doc: &serde_json::Value) -> Vec<(String, Method)> {
        let mut out = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for m in METHODS {
                if item.get(m.as_str().to_lowercase()).is_some() {
                    out.push((path.clone(), m));
                }
            }
        }
        out
    }

    /// The API router's source registers nothing but through `routes!` (which carries the
    /// handler's documentation), apart from the catch-all for unknown paths.
    #[test]
    fn every_api_route_is_registered_with_its_documentation() {
        let source = include_str!("mod.rs");
        let router_fn = &source[source.find("pub fn router(").unwrap()..];
        let router_fn = &router_fn[..router_fn.find("\n}\n").unwrap()];
        let plain: Vec<&str> = router_fn
            .lines()
            .filter(|l| l.contains(".route("))
            .collect();
        assert_eq!(
            plain,
            [
                r#"        .route("/api/v1", any(not_found))"#,
                r#"        .route("/api/v1/{*rest}", any(not_found))"#
            ],
            "an API route added with .route() is not in the OpenAPI document: \
             annotate its handler with #[utoipa::path] and register it with routes!()"
        );
        let documented_fn = &source[source.find("pub fn documented_routes(").unwrap()..];
        let documented_fn = &documented_fn[..documented_fn.find("\n}\n").unwrap()];
        assert!(!documented_fn.contains(".route("));
    }

    /// Each documented operation reaches a handler (not the catch-all, not 405), and every
    /// other method on a documented path is 405: asked of the real router, with an admin
    /// token, over a fresh database.
    #[tokio::test]
    async fn the_router_serves_exactly_the_documented_operations() {
        let dir = tempfile::tempdir().unwrap();
        let config = crate::config::Config {
            data_dir: dir.path().to_path_buf(),
            ..Default::default()
        };
        let state = AppState::open(config).await.unwrap();
        let secret = "bf_drift_test_token";
        state
            .store
            .create_token("drift", &hash_token(secret), Scope::Admin, "test")
            .await
            .unwrap();
        let app = router(AuthService::new(&state)).with_state(state.clone());
        let doc = document();
        let ops = documented(&doc);
        assert!(ops.len() >= 33, "{} operations documented", ops.len());
        let paths: std::collections::BTreeSet<&String> = ops.iter().map(|(p, _)| p).collect();
        for path in paths {
            let uri = path
                .replace("{mac}", "52:54:00:00:00:01")
                .replace("{name}", "nobody")
                .replace("{id}", "999");
            for method in METHODS {
                let is_documented = ops.iter().any(|(p, m)| p == path && *m == method);
                let req = Request::builder()
                    .method(method.clone())
                    .uri(&uri)
                    .header("authorization", format!("Bearer {secret}"))
                    .header("content-type", "application/json")
                    .body(Body::from("{}"))
                    .unwrap();
                let resp = app.clone().oneshot(req).await.unwrap();
                let status = resp.status();
                if !is_documented {
                    assert_eq!(
                        status,
                        StatusCode::METHOD_NOT_ALLOWED,
                        "{method} {path}: served but not documented"
                    );
                    continue;
                }
                assert_ne!(
                    status,
                    StatusCode::METHOD_NOT_ALLOWED,
                    "{method} {path}: documented but not routed"
                );
                if status == StatusCode::NOT_FOUND {
                    let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
                        .await
                        .unwrap();
                    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
                    assert_ne!(
                        body["error"], NOT_FOUND_MESSAGE,
                        "{method} {path}: documented but absent"
                    );
                }
                let code = status.as_u16().to_string();
                let declared = &doc["paths"][path][method.as_str().to_lowercase()]["responses"];
                assert!(
                    declared.get(&code).is_some(),
                    "{method} {path} answered {code}, which its documentation does not list"
                );
            }
        }
        state.shutdown.cancel();
    }

    /// Every schema reference resolves, every JSON answer has a schema, and every write
    /// that takes a body documents it.
    #[test]
    fn schemas_exist_for_every_request_and_response() {
        let doc = document();
        let text = doc.to_string();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for piece in text.split("\"#/components/schemas/").skip(1) {
            let name = &piece[..piece.find('"').unwrap()];
            assert!(
                schemas.contains_key(name),
                "unresolved schema reference {name}"
            );
        }
        for (path, method) in documented(&doc) {
            let op = &doc["paths"][&path][method.as_str().to_lowercase()];
            assert!(op["summary"].is_string(), "{method} {path} has no summary");
            for (code, response) in op["responses"].as_object().unwrap() {
                if let Some(json) = response["content"].get("application/json") {
                    assert!(
                        json["schema"].is_object(),
                        "{method} {path} {code}: no schema"
                    );
                }
            }
            let takes_body = matches!(method, Method::POST | Method::PUT | Method::PATCH)
                && path != "/api/v1/config/reload";
            if takes_body {
                assert!(
                    op["requestBody"]["content"].is_object(),
                    "{method} {path}: request body undocumented"
                );
            }
        }
    }
}
