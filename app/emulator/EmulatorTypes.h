#pragma once

#include <QString>

namespace cockpit {

// The emulator's plain values, shared by CockpitEmulator and the parts it is built from (the
// demo seed, the fault injector): what a seeded organization is reached with, and the faults.
struct EmulatorCredentials
{
    QString accessKey;
    QString secretKey;
    QString organizationId;
    QString projectId;
};

// Deterministic trouble to put on the wire. The "answer lost or garbled" faults (Drop, Stall,
// Truncated, Malformed, EmptyBody, WrongTypes, Oversized) let the request do its work first, so a
// create whose answer is lost has really created its token (as happens with the real API); the
// "refused" faults (ServerError, ServerErrorJson, RateLimited) answer before doing anything.
enum class EmulatorFault
{
    ServerError,     // 503 with an empty body (like a gateway error)
    ServerErrorJson, // 500 with a JSON error body {"message":"internal error","type":"unknown"}
    Drop,            // read the request, then close the connection without any answer
                     // (QNetworkAccessManager resends once by itself: inject 2 to fail it)
    Stall,           // never answer, keep the connection open (for client timeout tests)
    Malformed,       // 200, Content-Type application/json, body that is not JSON
    Truncated,       // 200 with Content-Length larger than the bytes sent, then close
    EmptyBody,       // 200 with an empty body
    WrongTypes,      // 200 with valid JSON whose fields have the wrong types
    Oversized,       // 200 with a very large valid JSON body (default 40 MiB)
    RateLimited,     // the gateway's 429: empty body, NO Content-Type, X-Envoy-Ratelimited: true
};

} // namespace cockpit
