// The JS SDK side of cockpit-bench-audit: every token of the organization the way the SDK's
// users write it: the projects (Account v3, `.all()`), then each project and each region in turn
// with listTokens({region, projectId, pageSize: 1000}).all(). A request that fails (e.g. a 429)
// is counted as an error the user sees, as it would stop such a script. Prints its figures as one
// JSON line. The emulator's URL and credentials come in SCW_* variables; the SDK is imported from
// COCKPIT_BENCH_SDK_MODULES (a node_modules folder).
import { performance } from 'node:perf_hooks'

import { importFrom, profileFromEnvironment } from './sdk-import.mjs'

const modules = process.env.COCKPIT_BENCH_SDK_MODULES
const { Cockpitv1 } = await importFrom(modules, '@scaleway/sdk-cockpit')
const { Accountv3 } = await importFrom(modules, '@scaleway/sdk-account')
const { createAdvancedClient, withHTTPClient, withProfile } = await importFrom(
  modules,
  '@scaleway/sdk-client',
)

// Counts what goes on the wire, as cockpit-bench-audit counts the app's requests.
let requests = 0
let throttled = 0
const counting = async (...args) => {
  requests += 1
  const response = await fetch(...args)
  if (response.status === 429) throttled += 1
  return response
}

const client = createAdvancedClient(withProfile(profileFromEnvironment()), withHTTPClient(counting))
const cockpit = new Cockpitv1.RegionalAPI(client)
const account = new Accountv3.ProjectAPI(client)

const start = performance.now()
let errors = 0
let tokens = 0
const projects = await account
  .listProjects({ organizationId: process.env.SCW_DEFAULT_ORGANIZATION_ID })
  .all()
for (const project of projects) {
  for (const region of ['fr-par', 'nl-ams', 'pl-waw']) {
    try {
      const list = await cockpit.listTokens({ region, projectId: project.id, pageSize: 1000 }).all()
      tokens += list.length
    } catch {
      errors += 1
    }
  }
}
const ms = performance.now() - start
console.log(
  JSON.stringify({ side: 'js', projects: projects.length, tokens, requests, throttled, errors, ms }),
)
