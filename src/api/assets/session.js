// Login, forced password change and logout for the server-rendered pages (no build step; the
// Content-Security-Policy allows only scripts from this server). Talks to the JSON API.
(function () {
  'use strict';
  function show(el, text) {
    el.textContent = text;
    el.hidden = !text;
  }
  async function call(method, url, body, csrf) {
    const headers = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (csrf) headers['X-CSRF-Token'] = csrf;
    const res = await fetch(url, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    });
    const data = await res.json().catch(function () {
      return {};
    });
    if (!res.ok) {
      const e = data && data.error;
      const details =
        e && e.details && e.details.length
          ? '：' +
            e.details
              .map(function (d) {
                return d.message;
              })
              .join('；')
          : '';
      throw new Error((e && e.message) || '请求失败（' + res.status + '）' + details);
    }
    return data;
  }
  async function csrfToken() {
    return (await call('GET', '/api/v1/session')).csrfToken;
  }

  // The forms' buttons start disabled, so that nothing is submitted (with the password in a URL)
  // before this script has taken over.
  document.querySelectorAll('form button[type=submit]').forEach(function (b) {
    b.disabled = false;
  });

  const login = document.getElementById('login-form');
  if (login) {
    login.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      const msg = document.getElementById('login-error');
      show(msg, '');
      try {
        await call('POST', '/api/v1/session', {
          username: login.username.value,
          password: login.password.value,
        });
        window.location.assign('/');
      } catch (e) {
        show(msg, e.message);
      }
    });
  }

  const change = document.getElementById('password-form');
  if (change) {
    change.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      const msg = document.getElementById('password-error');
      show(msg, '');
      if (change.newPassword.value !== change.confirmPassword.value) {
        show(msg, '两次输入的新密码不一致');
        return;
      }
      try {
        await call(
          'POST',
          '/api/v1/session/password',
          { currentPassword: change.currentPassword.value, newPassword: change.newPassword.value },
          await csrfToken(),
        );
        window.location.assign('/');
      } catch (e) {
        show(msg, e.message);
      }
    });
  }

  const logout = document.getElementById('logout');
  if (logout) {
    logout.addEventListener('click', async function () {
      try {
        await call('DELETE', '/api/v1/session', null, await csrfToken());
      } finally {
        window.location.assign('/');
      }
    });
  }
})();
