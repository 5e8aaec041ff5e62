// What the benchmarks' JS SDK sides share. importFrom resolves a package from another folder's
// node_modules, then its ESM entry ("import"), as an ES module user of the package gets it.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export async function importFrom(modulesDir, name) {
  const require = createRequire(join(modulesDir, 'bench-resolver.cjs'))
  let folder = dirname(require.resolve(name))
  const manifestOf = (dir) => {
    const path = join(dir, 'package.json')
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  }
  while (manifestOf(folder)?.name !== name) {
    if (dirname(folder) === folder) throw new Error(`cannot find the package.json of ${name}`)
    folder = dirname(folder)
  }
  const manifest = manifestOf(folder)
  const entry = manifest.exports?.['.']?.import ?? manifest.module ?? manifest.main
  return import(pathToFileURL(join(folder, entry)).href)
}

// The SDK profile of the emulator the benchmark started (SCW_* variables, as the CLI reads them).
export function profileFromEnvironment() {
  return {
    accessKey: process.env.SCW_ACCESS_KEY,
    secretKey: process.env.SCW_SECRET_KEY,
    apiURL: process.env.SCW_API_URL,
    defaultOrganizationId: process.env.SCW_DEFAULT_ORGANIZATION_ID,
    defaultProjectId: process.env.SCW_DEFAULT_PROJECT_ID,
    defaultRegion: 'fr-par',
  }
}
