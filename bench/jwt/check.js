'use strict';
// Cross-engine JWT check: tokens signed by jsonwebtoken and jose on one engine must verify on
// another, for HS256, RS256, PS256, ES256 and EdDSA. Keys and tokens travel through files.
//   node check.js sign   <modules-dir> <exchange-dir>   generate keys, sign, write tokens.json
//   node check.js verify <modules-dir> <exchange-dir>   verify tokens.json, print one line per case
// <modules-dir> is a node_modules folder holding jsonwebtoken and jose (see README.md).
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pathToFileURL } = require('url');

const [mode, modulesDir, exchangeDir] = process.argv.slice(2);
if (!['sign', 'verify'].includes(mode) || !modulesDir || !exchangeDir) {
  console.error('usage: check.js sign|verify <node_modules dir> <exchange dir>');
  process.exit(2);
}

const ALGS = ['HS256', 'RS256', 'PS256', 'ES256', 'EdDSA'];
const CLAIMS = { sub: 'node4j', name: 'JWT check', admin: true, iat: 1700000000 };
// jsonwebtoken 9 has no EdDSA (it rejects the algorithm name on real Node too).
const DETERMINISTIC = ['HS256', 'RS256', 'EdDSA'];   // PS256 and ES256 signatures are randomized
const supports = (lib, alg) => lib === 'jose' || alg !== 'EdDSA';

async function libraries() {
  const jwt = require(path.join(modulesDir, 'jsonwebtoken'));
  const josePkg = JSON.parse(fs.readFileSync(path.join(modulesDir, 'jose', 'package.json'), 'utf8'));
  const entry = josePkg.exports['.'].default || josePkg.exports['.'].import;
  const jose = await import(pathToFileURL(path.join(modulesDir, 'jose', entry)).href);
  return { jwt, jose };
}

/** A fresh key pair (or HMAC secret) per algorithm, as PEM text. */
function makeKeys() {
  const pem = (kp) => ({
    privateKey: kp.privateKey.export({ format: 'pem', type: 'pkcs8' }),
    publicKey: kp.publicKey.export({ format: 'pem', type: 'spki' }),
    publicJwk: kp.publicKey.export({ format: 'jwk' }),
  });
  const rsa = pem(crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }));
  return {
    HS256: { secret: crypto.randomBytes(32).toString('base64') },
    RS256: rsa,
    PS256: rsa,
    ES256: pem(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })),
    EdDSA: pem(crypto.generateKeyPairSync('ed25519')),
  };
}

function signingKey(alg, k) {
  return alg === 'HS256' ? Buffer.from(k.secret, 'base64') : k.privateKey;
}

function verifyingKey(alg, k) {
  return alg === 'HS256' ? Buffer.from(k.secret, 'base64') : k.publicKey;
}

async function joseKey(jose, alg, k, priv) {
  if (alg === 'HS256') return new Uint8Array(Buffer.from(k.secret, 'base64'));
  return priv ? jose.importPKCS8(k.privateKey, alg) : jose.importSPKI(k.publicKey, alg);
}

async function sign() {
  const { jwt, jose } = await libraries();
  const keys = makeKeys();
  const tokens = {};
  for (const alg of ALGS) {
    tokens[alg] = {};
    if (!supports('jsonwebtoken', alg)) tokens[alg].jsonwebtoken = null;
    else try {
      tokens[alg].jsonwebtoken = jwt.sign(CLAIMS, signingKey(alg, keys[alg]), { algorithm: alg, noTimestamp: true });
    } catch (e) {
      tokens[alg].jsonwebtoken = { error: String(e && e.stack || e) };
    }
    try {
      tokens[alg].jose = await new jose.SignJWT(CLAIMS).setProtectedHeader({ alg })
        .sign(await joseKey(jose, alg, keys[alg], true));
    } catch (e) {
      tokens[alg].jose = { error: String(e && e.stack || e) };
    }
  }
  fs.mkdirSync(exchangeDir, { recursive: true });
  fs.writeFileSync(path.join(exchangeDir, 'keys.json'), JSON.stringify(keys, null, 2));
  fs.writeFileSync(path.join(exchangeDir, 'tokens.json'), JSON.stringify(tokens, null, 2));
  for (const alg of ALGS) {
    for (const lib of ['jsonwebtoken', 'jose']) {
      const t = tokens[alg][lib];
      if (t === null) { console.log(`sign   ${alg.padEnd(6)} ${lib.padEnd(12)} n/a`); continue; }
      console.log(`sign   ${alg.padEnd(6)} ${lib.padEnd(12)} ${typeof t === 'string' ? 'ok' : 'FAIL ' + t.error}`);
    }
  }
}

/** Every token is verified by both libraries, whichever library signed it. */
async function verify() {
  const { jwt, jose } = await libraries();
  const keys = JSON.parse(fs.readFileSync(path.join(exchangeDir, 'keys.json'), 'utf8'));
  const tokens = JSON.parse(fs.readFileSync(path.join(exchangeDir, 'tokens.json'), 'utf8'));
  let failures = 0;
  for (const alg of ALGS) {
    for (const signer of ['jsonwebtoken', 'jose']) {
      const token = tokens[alg][signer];
      const results = [];
      if (token === null) {
        console.log(`verify ${alg.padEnd(6)} signed-by ${signer.padEnd(12)} n/a  (library has no ${alg})`);
        continue;
      }
      if (typeof token !== 'string') {
        results.push('no token');
      } else {
        if (supports('jsonwebtoken', alg)) try {
          const claims = jwt.verify(token, verifyingKey(alg, keys[alg]), { algorithms: [alg] });
          results.push(claims.sub === CLAIMS.sub ? 'jsonwebtoken:ok' : 'jsonwebtoken:BAD-CLAIMS');
        } catch (e) {
          results.push('jsonwebtoken:FAIL ' + e.message);
        }
        try {
          const { payload } = await jose.jwtVerify(token, await joseKey(jose, alg, keys[alg], false),
            { algorithms: [alg] });
          results.push(payload.sub === CLAIMS.sub ? 'jose:ok' : 'jose:BAD-CLAIMS');
        } catch (e) {
          results.push('jose:FAIL ' + e.message);
        }
        if (alg !== 'HS256') {
          try {
            const { payload } = await jose.jwtVerify(token, await jose.importJWK(keys[alg].publicJwk, alg),
              { algorithms: [alg] });
            results.push(payload.sub === CLAIMS.sub ? 'jose-jwk:ok' : 'jose-jwk:BAD-CLAIMS');
          } catch (e) {
            results.push('jose-jwk:FAIL ' + e.message);
          }
        }
        // Deterministic algorithms: signing again here with the same library and key must give the same token.
        if (DETERMINISTIC.includes(alg)) {
          let again;
          try {
            again = signer === 'jose'
              ? await new jose.SignJWT(CLAIMS).setProtectedHeader({ alg }).sign(await joseKey(jose, alg, keys[alg], true))
              : jwt.sign(CLAIMS, signingKey(alg, keys[alg]), { algorithm: alg, noTimestamp: true });
          } catch (e) {
            again = 'error ' + e.message;
          }
          results.push(again === token ? 'same-signature:ok' : 'same-signature:DIFFERENT');
        }
        // A tampered token must be rejected.
        const parts = token.split('.');
        const forged = [parts[0], Buffer.from(JSON.stringify({ ...CLAIMS, admin: false })).toString('base64url'),
          parts[2]].join('.');
        try {
          await jose.jwtVerify(forged, await joseKey(jose, alg, keys[alg], false), { algorithms: [alg] });
          results.push('tampered:ACCEPTED');
        } catch {
          results.push('tampered:rejected');
        }
      }
      const ok = results.every((r) => r.endsWith(':ok') || r === 'tampered:rejected');
      if (!ok) failures++;
      console.log(`verify ${alg.padEnd(6)} signed-by ${signer.padEnd(12)} ${ok ? 'ok  ' : 'FAIL'} ${results.join(', ')}`);
    }
  }
  process.exitCode = failures === 0 ? 0 : 1;
}

(mode === 'sign' ? sign() : verify()).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
