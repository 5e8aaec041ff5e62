// Conformance of the Cockpit API emulator with the official Scaleway JS SDK: the SDK must be able
// to create, list (every page, every order, scope filter), get and delete tokens, and must map
// the emulator's error bodies to its typed errors.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'

import { startEmulator, stopEmulator } from './emulator-process.js'

// A missing node_modules must fail the suite, never skip it.
let sdk
try {
  const [cockpit, client] = await Promise.all([
    import('@scaleway/sdk-cockpit'),
    import('@scaleway/sdk-client'),
  ])
  sdk = { Cockpitv1: cockpit.Cockpitv1, createClient: client.createClient, Errors: client.Errors }
} catch (error) {
  throw new Error(
    `The Scaleway JS SDK is not installed (${error.code ?? error.message}): run ` +
    '`npm ci --prefix tests/conformance --no-audit --no-fund` first', { cause: error })
}

const REGION = 'pl-waw'
const CANONICAL_SCOPES = [
  'write_only_metrics', 'read_only_metrics', 'full_access_metrics_rules',
  'write_only_logs', 'read_only_logs', 'full_access_logs_rules',
  'full_access_alert_manager', 'write_only_traces', 'read_only_traces',
]

let emulator
let api
let projectId
const created = []

function clientFor(values, secretKey = values.SCW_SECRET_KEY) {
  return sdk.createClient({
    accessKey: values.SCW_ACCESS_KEY,
    secretKey,
    apiURL: values.SCW_API_URL,
    defaultOrganizationId: values.SCW_DEFAULT_ORGANIZATION_ID,
    defaultProjectId: values.SCW_DEFAULT_PROJECT_ID,
    defaultRegion: 'fr-par',
  })
}

function isSorted(list, compare) {
  return list.every((item, i) => i === 0 || compare(list[i - 1], item) <= 0)
}

before(async () => {
  emulator = await startEmulator()
  api = new sdk.Cockpitv1.RegionalAPI(clientFor(emulator.values))
  projectId = emulator.values.SCW_DEFAULT_PROJECT_ID
  // Enough tokens in one region for several pages of 2.
  const plans = [
    ['conf-delta', ['read_only_logs', 'write_only_metrics']],
    ['conf-alpha', ['full_access_alert_manager']],
    ['conf-echo', []],
    ['conf-charlie', ['write_only_traces', 'read_only_traces']],
    ['conf-bravo', ['write_only_logs']],
  ]
  for (const [name, tokenScopes] of plans) {
    created.push(await api.createToken({ region: REGION, projectId, name, tokenScopes }))
  }
})

after(async () => {
  if (emulator) await stopEmulator(emulator)
})

describe('tokens through the JS SDK', () => {
  test('createToken returns the token with its secret, scopes in canonical order', () => {
    const token = created[0]
    assert.equal(token.name, 'conf-delta')
    assert.equal(token.region, REGION)
    assert.equal(token.projectId, projectId)
    assert.match(token.id, /^[0-9a-f-]{36}$/)
    assert.equal(typeof token.secretKey, 'string')
    assert.equal(token.secretKey.length, 64)
    assert.deepEqual(token.scopes, ['write_only_metrics', 'read_only_logs'])
    assert.ok(token.createdAt instanceof Date && !Number.isNaN(token.createdAt.getTime()))
    assert.equal(token.updatedAt.getTime(), token.createdAt.getTime())
    assert.deepEqual(created[2].scopes, [])
  })

  test('listTokens().all() walks every page', async () => {
    const firstPage = await api.listTokens({ region: REGION, projectId, pageSize: 2 })
    assert.ok(firstPage.totalCount >= 5)
    assert.equal(firstPage.tokens.length, 2)
    const all = await api.listTokens({ region: REGION, projectId, pageSize: 2 }).all()
    assert.ok(Math.ceil(firstPage.totalCount / 2) >= 3, 'at least three pages')
    assert.equal(all.length, firstPage.totalCount)
    assert.equal(new Set(all.map((token) => token.id)).size, all.length)
    for (const token of created) assert.ok(all.some((listed) => listed.id === token.id))
    for (const token of all) assert.ok(token.secretKey === null || token.secretKey === undefined)
  })

  const orders = {
    created_at_asc: (a, b) => a.createdAt - b.createdAt,
    created_at_desc: (a, b) => b.createdAt - a.createdAt,
    name_asc: (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    name_desc: (a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : 0),
  }
  for (const [orderBy, compare] of Object.entries(orders)) {
    test(`listTokens orders by ${orderBy}`, async () => {
      const all = await api.listTokens({ region: REGION, projectId, pageSize: 2, orderBy }).all()
      assert.ok(all.length >= 5)
      assert.ok(isSorted(all, compare), all.map((token) => token.name).join(', '))
    })
  }

  test('listTokens filters by scope (a token with any of the scopes matches)', async () => {
    const alerts = await api.listTokens({
      region: REGION, projectId, tokenScopes: ['full_access_alert_manager'],
    }).all()
    assert.ok(alerts.length >= 1)
    for (const token of alerts) assert.ok(token.scopes.includes('full_access_alert_manager'))

    const either = await api.listTokens({
      region: REGION, projectId, tokenScopes: ['write_only_logs', 'read_only_traces'],
    }).all()
    const names = either.map((token) => token.name)
    assert.ok(names.includes('conf-bravo') && names.includes('conf-charlie'), names.join(', '))
    assert.ok(!names.includes('conf-alpha') && !names.includes('conf-echo'), names.join(', '))
    for (const token of either) {
      assert.ok(token.scopes.some((scope) => scope === 'write_only_logs' || scope === 'read_only_traces'))
      assert.ok(token.scopes.every((scope) => CANONICAL_SCOPES.includes(scope)))
    }
  })

  test('getToken has no secret', async () => {
    const token = await api.getToken({ region: REGION, tokenId: created[1].id })
    assert.equal(token.id, created[1].id)
    assert.equal(token.name, 'conf-alpha')
    assert.ok(token.secretKey === null || token.secretKey === undefined)
    assert.equal(token.createdAt.getTime(), created[1].createdAt.getTime())
  })

  test('deleteToken, then getToken fails with ResourceNotFoundError', async () => {
    const { id } = created[4]
    await api.deleteToken({ region: REGION, tokenId: id })
    await assert.rejects(api.getToken({ region: REGION, tokenId: id }), (error) => {
      assert.ok(error instanceof sdk.Errors.ResourceNotFoundError, error.name)
      assert.equal(error.status, 404)
      assert.equal(error.resource, 'token')
      assert.equal(error.resourceId, id)
      return true
    })
    await assert.rejects(api.deleteToken({ region: REGION, tokenId: id }), sdk.Errors.ResourceNotFoundError)
  })

  test('a bad name fails with InvalidArgumentsError naming the argument', async () => {
    await assert.rejects(
      api.createToken({ region: REGION, projectId, name: 'x!', tokenScopes: ['read_only_logs'] }),
      (error) => {
        assert.ok(error instanceof sdk.Errors.InvalidArgumentsError, error.name)
        assert.equal(error.status, 400)
        assert.equal(error.details.length, 1)
        assert.equal(error.details[0].argumentName, 'name')
        assert.equal(error.details[0].reason, 'constraint')
        return true
      })
  })

  test('a wrong secret key fails with DeniedAuthenticationError', async () => {
    const wrong = new sdk.Cockpitv1.RegionalAPI(
      clientFor(emulator.values, '11111111-2222-4333-8444-555555555555'))
    await assert.rejects(wrong.listTokens({ region: REGION, projectId }), (error) => {
      assert.ok(error instanceof sdk.Errors.DeniedAuthenticationError, error.name)
      assert.equal(error.status, 401)
      assert.equal(error.method, 'api_key')
      assert.equal(error.reason, 'not_found')
      return true
    })
  })
})
