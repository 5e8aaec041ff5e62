// The JS SDK side of cockpit-bench-load: loads every token of the default project the way the
// SDK's users write it, region after region with listTokens({region, pageSize: 1000}).all(), and
// prints its own time and peak RSS as one JSON line. The emulator's URL and credentials come in
// SCW_* variables; the SDK is imported from COCKPIT_BENCH_SDK_MODULES (a node_modules folder).
import { performance } from 'node:perf_hooks'

import { importFrom, profileFromEnvironment } from './sdk-import.mjs'

const modules = process.env.COCKPIT_BENCH_SDK_MODULES
const { Cockpitv1 } = await importFrom(modules, '@scaleway/sdk-cockpit')
const { createClient } = await importFrom(modules, '@scaleway/sdk-client')

const client = createClient(profileFromEnvironment())
const api = new Cockpitv1.RegionalAPI(client)

const start = performance.now()
const byRegion = {}
for (const region of ['fr-par', 'nl-ams', 'pl-waw']) {
  byRegion[region] = await api.listTokens({ region, pageSize: 1000 }).all()
}
const ms = performance.now() - start
// The tokens are still held here, as a caller holds them to show them.
const tokens = Object.values(byRegion).reduce((sum, list) => sum + list.length, 0)
console.log(JSON.stringify({ side: 'js', tokens, ms, maxRssKb: process.resourceUsage().maxRSS }))
