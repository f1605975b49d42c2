// Usage: tsx scripts/ci/create-database.mts SERVER_URL NAME
// Drops and creates database NAME on the server, and prints its URL.
import pg from "pg";

const [serverUrl, name] = process.argv.slice(2);
if (!serverUrl || !name || !/^\w+$/.test(name)) {
  console.error("usage: create-database.mts SERVER_URL NAME");
  process.exit(2);
}
const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await client.query(`CREATE DATABASE ${name}`);
await client.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
console.log(url.toString());
