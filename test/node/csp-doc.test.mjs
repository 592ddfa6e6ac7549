// test/hardening/README-csp.md gives hosts the policy the strict-CSP browser tests run under.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { HOST_POLICY } from '../hardening/host-policy.js';

describe('README-csp.md', () => {
  it('gives hosts this exact policy', () => {
    const readme = readFileSync(new URL('../hardening/README-csp.md', import.meta.url), 'utf8');
    assert.ok(readme.includes(HOST_POLICY), HOST_POLICY);
    assert.ok(readme.includes('portal-widgets'));
  });
});
