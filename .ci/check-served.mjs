// Checks a running innograph server: health, readiness, a GraphQL answer, the explorer and
// GraphiQL pages. Waits (bounded) for the server to come up; exits 1 with the reason.
const base = process.argv[2];
const fail = (why) => {
  console.error(`check-served: ${why}`);
  process.exit(1);
};
const deadline = Date.now() + 120_000;
for (;;) {
  try {
    if ((await fetch(`${base}/healthz`)).status === 200) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) fail(`no answer from ${base}/healthz within 120 s`);
  await new Promise((r) => setTimeout(r, 500));
}
// Ready once the graph is seeded and the warm-up has planned the example questions.
for (;;) {
  const ready = await fetch(`${base}/readyz`);
  if (ready.status === 200) break;
  const why = await ready.text();
  if (!why.includes('warming up') || Date.now() > deadline) fail(`/readyz answered ${ready.status}: ${why}`);
  await new Promise((r) => setTimeout(r, 500));
}
const gql = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: '{ node(id: "uni:dlut") { name ... on University { hostedPlatforms { id } } } }',
  }),
});
const body = await gql.json();
if (
  gql.status !== 200 ||
  body.data?.node?.name !== '大连理工大学' ||
  !(body.data.node.hostedPlatforms.length > 0)
)
  fail(`GraphQL answered ${gql.status}: ${JSON.stringify(body).slice(0, 300)}`);
const page = await fetch(`${base}/`);
const html = await page.text();
if (page.status !== 200 || !html.includes('id="cy"')) fail(`the explorer page answered ${page.status}`);
const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
if (!script || (await fetch(`${base}${script}`)).status !== 200) fail('the explorer script is not served');
if (!(page.headers.get('content-security-policy') ?? '').includes("default-src 'self'")) fail('no CSP on /');
const ide = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
if (ide.status !== 200 || !(await ide.text()).includes('/ide/graphiql.js')) fail('GraphiQL page missing');
if ((await fetch(`${base}/ide/graphiql.js`)).status !== 200) fail('GraphiQL is not served from node_modules');
console.log(`check-served: ${base} serves /healthz, /readyz, GraphQL, the explorer and GraphiQL`);
