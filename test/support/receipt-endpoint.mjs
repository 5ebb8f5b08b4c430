// A proof-of-consent endpoint for the tests, served by the test server itself (loopback only):
//   POST /__receipts/<bucket>   keeps the request (content type, body text), answers 204-like "ok"
//   GET  /__receipts/<bucket>   answers the requests kept for that bucket, as JSON
// Each test uses its own bucket, so test files running side by side do not see each other's receipts.
const buckets = new Map();

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function receiptEndpoint() {
  return {
    name: 'portal-consent-receipt-endpoint',
    async serve(context) {
      const match = /^\/__receipts\/([\w-]{1,64})$/.exec(context.path);
      if (!match) return undefined;
      const bucket = match[1];
      if (!buckets.has(bucket)) buckets.set(bucket, []);
      if (context.method === 'POST') {
        const body = await readBody(context.req);
        buckets.get(bucket).push({ type: context.get('content-type'), body });
        return { body: 'ok', type: 'text' };
      }
      return { body: JSON.stringify(buckets.get(bucket)), type: 'json', headers: { 'cache-control': 'no-store' } };
    },
  };
}
