// Starts the `cockpit-emulator` program for the conformance tests and reads the KEY=value lines
// it prints on start; stops it by its PID. When COCKPIT_GATEWAY names `cockpit-test-gateway`, the
// SDK goes through it instead, as Node.js meets the real API: TLS through nginx, which proxies to
// the emulator; NODE_EXTRA_CA_CERTS must then trust COCKPIT_GATEWAY_CERTIFICATES/ca.pem (CTest
// sets both), and the stop checks that the requests went through the gateway.
import { spawn } from 'node:child_process'
import { once } from 'node:events'

const KEYS = [
  'COCKPIT_EMULATOR_URL',
  'SCW_API_URL',
  'SCW_ACCESS_KEY',
  'SCW_SECRET_KEY',
  'SCW_DEFAULT_ORGANIZATION_ID',
  'SCW_DEFAULT_PROJECT_ID',
]

const GATEWAY_KEYS = ['COCKPIT_GATEWAY_URL', 'COCKPIT_GATEWAY_CA']

function parseLines(text) {
  return Object.fromEntries(text.split('\n').filter((line) => line.includes('=')).map((line) => {
    const at = line.indexOf('=')
    return [line.slice(0, at), line.slice(at + 1).trim()]
  }))
}

// Starts `path` and resolves with the KEY=value lines it prints once all of `keys` are there.
async function startProgram(path, args, keys, timeoutMs) {
  const name = path.split('/').pop()
  const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  let stdout = ''
  child.stderr.on('data', (chunk) => { stderr += chunk })
  const values = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${name} printed no ${keys.join(', ')} within ${timeoutMs} ms: ${stderr}`))
    }, timeoutMs)
    child.on('error', (error) => { clearTimeout(timer); reject(error) })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited early (code ${code}): ${stderr}`))
    })
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      const parsed = parseLines(stdout)
      if (!keys.every((key) => parsed[key])) return
      clearTimeout(timer)
      resolve(parsed)
    })
  })
  child.removeAllListeners('exit')
  const program = { name, pid: child.pid, child, values, output: () => stdout }
  return program
}

async function stopProgram(program) {
  if (program.child.exitCode !== null || program.child.signalCode !== null) return
  const exited = once(program.child, 'exit')
  process.kill(program.pid, 'SIGTERM')
  const [code, signal] = await exited
  if (code !== 0) throw new Error(`${program.name} stopped with code ${code}, signal ${signal}`)
}

export async function startEmulator(args = [], timeoutMs = 20000) {
  const path = process.env.COCKPIT_EMULATOR
  if (!path) {
    throw new Error('COCKPIT_EMULATOR is not set: it must name the cockpit-emulator binary (CTest sets it)')
  }
  const emulator = await startProgram(path, ['--port', '0', ...args], KEYS, timeoutMs)
  const gatewayPath = process.env.COCKPIT_GATEWAY
  if (!gatewayPath) return emulator
  const certificates = process.env.COCKPIT_GATEWAY_CERTIFICATES
  if (!certificates || process.env.NODE_EXTRA_CA_CERTS !== `${certificates}/ca.pem`) {
    await stopProgram(emulator)
    throw new Error('COCKPIT_GATEWAY needs COCKPIT_GATEWAY_CERTIFICATES, and NODE_EXTRA_CA_CERTS set ' +
      'to its ca.pem before node starts (CTest sets them)')
  }
  try {
    emulator.gateway = await startProgram(gatewayPath,
      ['--upstream', emulator.values.COCKPIT_EMULATOR_URL, '--certificates', certificates],
      GATEWAY_KEYS, timeoutMs)
  } catch (error) {
    await stopProgram(emulator)
    throw error
  }
  emulator.values = { ...emulator.values, SCW_API_URL: emulator.gateway.values.COCKPIT_GATEWAY_URL }
  return emulator
}

export async function stopEmulator(emulator) {
  if (emulator.gateway) {
    await stopProgram(emulator.gateway)
    const counts = parseLines(emulator.gateway.output())
    const requests = Number(counts.COCKPIT_GATEWAY_REQUESTS ?? 0)
    if (!(requests > 0)) {
      throw new Error(`no request went through the gateway (${emulator.gateway.output().trim()})`)
    }
    console.log(`# through the gateway: ${requests} requests ` +
      `(${Object.entries(counts).filter(([key]) => key.startsWith('COCKPIT_GATEWAY_REQUESTS_'))
        .map(([key, value]) => `${key.slice(25).replace(/_/g, '.').replace('.', '/')}: ${value}`).join(', ')})`)
  }
  await stopProgram(emulator)
}
