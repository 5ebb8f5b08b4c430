// `npm start`: serves the repository on http://127.0.0.1:8000 and points at the demo portal page.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8000);
const { url } = await startStaticServer({ port });
console.log(`portal-consent demo: ${url}/demo/  (Ctrl+C to stop)`);
