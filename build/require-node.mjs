// First step of `npm test`: the native SQLite module and the tools need Node 22, and an older Node
// crashes deep inside a test worker instead of saying so. Plain syntax, so any Node can run it.
const NEEDED = 22;
const major = Number(process.versions.node.split('.')[0]);

if (major < NEEDED) {
  console.error(`Audit Workshop needs Node.js ${NEEDED} or newer; this is Node ${process.versions.node}. Install Node ${NEEDED} (nodejs.org, nvm or your package manager), then run \`npm install\` again.`);
  process.exit(1);
}
