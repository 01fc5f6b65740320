/**
 * The team server's own small pages: sign-in and the list of plans. Plain HTML and one script file, under the
 * same strict CSP as the app (no inline script or style).
 */
const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f7f9;color:#1d2330}
main{background:#fff;padding:2rem 2.5rem;border-radius:12px;box-shadow:0 2px 12px #0002;min-width:22rem}
h1{font-size:1.4rem;margin:0 0 1rem}label{display:block;margin:.75rem 0 .25rem}input{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #99a;border-radius:6px}
button{margin-top:1.25rem;font:inherit;padding:.5rem 1.25rem;border:0;border-radius:6px;background:#2456c8;color:#fff;cursor:pointer}
[role=alert]{color:#a8071a;margin-top:1rem;min-height:1.5em}ul{padding-left:1.2rem}a{color:#2456c8}`;

export function loginPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Hoshin Planner</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/team.css"></head>
<body><main><h1>Hoshin Planner team plans</h1>
<form id="login"><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button><p role="alert" id="error"></p></form></main>
<script src="/team.js"></script></body></html>`;
}

export function plansPage(name: string, plans: { id: string; title: string; role: string }[]): string {
  const items = plans.length
    ? plans
        .map(
          (p) =>
            `<li><a href="/plans/${encodeURIComponent(p.id)}/#/cascade">${escape(p.title)}</a> (${escape(p.role.replace('_', ' '))})</li>`,
        )
        .join('')
    : '<li>No plan is shared with you yet: ask an admin.</li>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team plans · Hoshin Planner</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/team.css"></head>
<body><main><h1>Team plans</h1><p>Signed in as ${escape(name)}.</p><ul>${items}</ul></main></body></html>`;
}

export const TEAM_CSS = STYLE;

/** Sign-in: POST /auth/login, then on to the plans (or the page the user came for). */
export const TEAM_JS = `const form = document.getElementById('login');
if (form) form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('error');
  error.textContent = '';
  const body = JSON.stringify({ email: form.email.value, password: form.password.value });
  try {
    const response = await fetch('/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const answer = await response.json();
    if (answer.ok) {
      const next = new URLSearchParams(location.search).get('next');
      location.assign(next && next.startsWith('/plans/') ? next : '/plans');
    } else error.textContent = answer.error.message;
  } catch {
    error.textContent = 'The team server cannot be reached.';
  }
});
`;
