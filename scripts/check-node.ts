/** Fails fast when npm scripts run on an old Node (the `node` devDependency puts Node 24 first on PATH). */
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(
    `Node ${process.versions.node} ist zu alt: dieses Projekt braucht Node 24. Führen Sie "npm install" aus (das installiert Node 24 als Projektabhängigkeit) und starten Sie Befehle über "npm run ...".`,
  );
  process.exit(1);
}
console.log(`Node ${process.versions.node}: ok`);
