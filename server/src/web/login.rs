//! Login screen (handlers in `http::auth`, which owns sessions).

use askama::Template;

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub csrf_token: String,
    pub username: String,
    pub next: String,
    pub error: Option<String>,
}
