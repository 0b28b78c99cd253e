import type { SandboxCharge } from './charges.ts';

const METHOD_TITLES: Record<SandboxCharge['method'], string> = {
  wechat_qr: 'WeChat Pay (scan to pay)',
  alipay_redirect: 'Alipay',
  card: 'Bank card',
  instalments: 'Card instalments',
  wallet: 'Wallet',
};

/**
 * The shopper-facing page of one sandbox charge: what a gateway's hosted checkout shows, with buttons
 * that stand in for the shopper's phone or bank. Every value from the database is escaped.
 */
export function renderChargePage(charge: SandboxCharge): string {
  const amount = `${charge.currency} ${(charge.amount / 100).toFixed(2)}`;
  const body =
    charge.status === 'pending'
      ? pendingSection(charge)
      : `<p class="done">This charge is ${esc(charge.status)}.</p>`;
  const back = charge.returnUrl
    ? `<p><a id="back" href="${esc(charge.returnUrl)}">Return to the shop</a></p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>Hexamall sandbox gateway</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}
button{font-size:1rem;padding:.6rem 1rem;margin:.25rem .25rem .25rem 0}input,select{font-size:1rem;padding:.4rem;margin:.2rem 0;width:100%}
code{word-break:break-all}.note{color:#666;font-size:.85rem}</style></head>
<body data-ref="${esc(charge.providerRef)}">
<h1>${esc(METHOD_TITLES[charge.method])}</h1>
<p>Amount: <strong>${esc(amount)}</strong></p>
<p class="note">Sandbox: no real money moves. Reference <code>${esc(charge.providerRef)}</code></p>
${body}
<p id="result" role="status"></p>
${back}
<script>
const base = location.pathname.replace(/\\/$/, '');
const result = document.getElementById('result');
async function act(action, payload) {
  const res = await fetch(base + '/' + action, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload || {}),
  });
  const answer = await res.json();
  result.textContent = res.ok ? 'Gateway: ' + answer.status : 'Refused: ' + (answer.detail || answer.title);
}
for (const b of document.querySelectorAll('button[data-action]')) {
  b.addEventListener('click', () => act(b.dataset.action, { duplicateWebhook: document.getElementById('dup')?.checked === true }));
}
const form = document.getElementById('card');
if (form) form.addEventListener('submit', (e) => {
  e.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  if (data.instalments) data.instalments = Number(data.instalments);
  act('card', data);
});
</script></body></html>`;
}

function pendingSection(charge: SandboxCharge): string {
  const extras = `<label class="note"><input type="checkbox" id="dup" style="width:auto"> deliver the webhook twice</label>`;
  switch (charge.method) {
    case 'wechat_qr':
      return `<p>QR code content:</p><p><code>weixin://wxpay/bizpayurl?pr=${esc(charge.providerRef)}</code></p>
<button data-action="approve">Simulate scan and pay</button><button data-action="decline">Decline</button>
<button data-action="timeout">Time out</button>${extras}`;
    case 'alipay_redirect':
      return `<p>Sign in to Alipay (simulated) and confirm.</p>
<button data-action="approve">Pay</button><button data-action="decline">Cancel payment</button>${extras}`;
    case 'wallet':
      return `<p>Confirm this payment from your wallet balance.</p>
<button data-action="approve">Confirm</button><button data-action="decline">Reject</button>${extras}`;
    case 'card':
    case 'instalments':
      return cardForm(charge) + extras;
  }
}

function cardForm(charge: SandboxCharge): string {
  const plan =
    charge.method === 'instalments'
      ? `<label>Instalments<select name="instalments">${[3, 6, 12]
          .map(
            (n) => `<option value="${n}"${n === charge.instalments ? ' selected' : ''}>${n} months</option>`,
          )
          .join('')}</select></label>`
      : '';
  return `<form id="card" autocomplete="off">
<label>Card number<input name="cardNumber" inputmode="numeric" maxlength="23" required></label>
<label>Expiry (MM/YY)<input name="expiry" maxlength="5" required></label>
<label>CVC<input name="cvc" inputmode="numeric" maxlength="4" required></label>
${plan}<button type="submit">Pay</button></form>
<p class="note">Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined,
4000 0000 0000 9995 times out. Any future expiry and any CVC.</p>`;
}

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
