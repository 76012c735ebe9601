// The server-rendered pages work without JavaScript (plain form posts, src/api/home.routes.ts).
// With it, this script only saves a round trip: it checks that the two new passwords agree
// before the form is sent, and keeps a form from being sent twice by a double click.
(function () {
  'use strict';
  document.querySelectorAll('form[method=post]').forEach(function (form) {
    form.addEventListener('submit', function (ev) {
      if (form.id === 'password-form' && form.newPassword.value !== form.confirmPassword.value) {
        ev.preventDefault();
        const msg = document.getElementById('password-error');
        msg.textContent = '两次输入的新密码不一致';
        msg.hidden = false;
        return;
      }
      if (form.dataset.sent === '1') {
        ev.preventDefault();
        return;
      }
      form.dataset.sent = '1';
    });
  });
})();
