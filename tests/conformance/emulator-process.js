// Starts the `cockpit-emulator` program for the conformance tests and reads the KEY=value lines
// it prints on start; stops it by its PID.
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

export async function startEmulator(args = [], timeoutMs = 20000) {
  const path = process.env.COCKPIT_EMULATOR
  if (!path) {
    throw new Error('COCKPIT_EMULATOR is not set: it must name the cockpit-emulator binary (CTest sets it)')
  }
  const child = spawn(path, ['--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => { stderr += chunk })
  const values = await new Promise((resolve, reject) => {
    let buffer = ''
    const timer = setTimeout(() => {
      reject(new Error(`cockpit-emulator printed no credentials within ${timeoutMs} ms: ${stderr}`))
    }, timeoutMs)
    child.on('error', (error) => { clearTimeout(timer); reject(error) })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`cockpit-emulator exited early (code ${code}): ${stderr}`))
    })
    child.stdout.on('data', (chunk) => {
      buffer += chunk
      const lines = buffer.split('\n').filter((line) => line.includes('='))
      if (lines.length < KEYS.length) return
      clearTimeout(timer)
      const parsed = Object.fromEntries(lines.map((line) => {
        const at = line.indexOf('=')
        return [line.slice(0, at), line.slice(at + 1).trim()]
      }))
      const missing = KEYS.filter((key) => !parsed[key])
      if (missing.length > 0) reject(new Error(`cockpit-emulator did not print ${missing.join(', ')}`))
      else resolve(parsed)
    })
  })
  child.removeAllListeners('exit')
  return { pid: child.pid, child, values }
}

export async function stopEmulator(emulator) {
  if (emulator.child.exitCode !== null || emulator.child.signalCode !== null) return
  const exited = once(emulator.child, 'exit')
  process.kill(emulator.pid, 'SIGTERM')
  const [code, signal] = await exited
  if (code !== 0) throw new Error(`cockpit-emulator stopped with code ${code}, signal ${signal}`)
}
