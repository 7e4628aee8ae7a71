import { describe, expect, it } from 'vitest';
import { ConfigError, ingestBatch, localInstanceConfig, neo4jTarget, serviceConfig } from '../src/config.js';

describe('neo4jTarget', () => {
  it('uses the local dev instance when NEO4J_URI is unset', () => {
    const target = neo4jTarget('dev', {});
    expect(target).toMatchObject({ uri: 'bolt://127.0.0.1:7687', local: 'dev', username: 'neo4j' });
  });

  it('uses NEO4J_URI with its credentials and database', () => {
    const target = neo4jTarget('dev', {
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 's3cret',
      NEO4J_DATABASE: 'policy',
    });
    expect(target).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'reader',
      password: 's3cret',
      database: 'policy',
      local: null,
    });
  });

  it('never points the test suite at NEO4J_URI', () => {
    const target = neo4jTarget('test', { NEO4J_URI: 'bolt://prod:7687', NEO4J_PASSWORD: 'x' });
    expect(target.local).toBe('test');
    expect(target.uri).toBe('bolt://127.0.0.1:7688');
  });

  it('rejects a URI with an unknown scheme, quoting it', () => {
    expect(() => neo4jTarget('dev', { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      new ConfigError(
        'NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, got "http://localhost:7474".',
      ),
    );
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => neo4jTarget('dev', { NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD must be set/);
  });
});

describe('localInstanceConfig and serviceConfig', () => {
  it('sets heap and page cache explicitly, overridable', () => {
    expect(localInstanceConfig('dev', {})).toMatchObject({ heap: '2g', pageCache: '2g', boltPort: 7687 });
    expect(localInstanceConfig('dev', { NEO4J_LOCAL_HEAP: '4G' }).heap).toBe('4g');
  });

  it('bounds a whole request by REQUEST_TIMEOUT_MS and shows stack traces only with DEBUG_ERRORS=1', () => {
    expect(serviceConfig({})).toMatchObject({ queryTimeoutMs: 10000, requestTimeoutMs: 20000, debugErrors: false });
    expect(serviceConfig({ REQUEST_TIMEOUT_MS: '5000', DEBUG_ERRORS: '1' })).toMatchObject({
      requestTimeoutMs: 5000,
      debugErrors: true,
    });
    expect(() => serviceConfig({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(
      'REQUEST_TIMEOUT_MS must be an integer from 100 to 600000, got "soon".',
    );
  });

  it('rejects a bad port or size naming the variable and value', () => {
    expect(() => serviceConfig({ PORT: 'eighty' })).toThrow('PORT must be an integer from 1 to 65535, got "eighty".');
    expect(() => localInstanceConfig('dev', { NEO4J_LOCAL_PAGECACHE: 'lots' })).toThrow(
      /NEO4J_LOCAL_PAGECACHE.*"lots"/,
    );
  });

  it('loads 64 documents per ingest transaction unless INGEST_BATCH says otherwise, and refuses a batch of none', () => {
    expect(ingestBatch({})).toBe(64);
    expect(ingestBatch({ INGEST_BATCH: '1' })).toBe(1);
    expect(() => ingestBatch({ INGEST_BATCH: '0' })).toThrow(
      'INGEST_BATCH must be an integer from 1 to 1000, got "0".',
    );
  });
});
