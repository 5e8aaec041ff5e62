#include "NetworkEnvironment.h"

#include "ApiLogging.h"
#include "ProxyFromEnvironment.h"
#include "TrustFromEnvironment.h"

#include <QNetworkAccessManager>

namespace cockpit {

void applyNetworkEnvironment(QNetworkAccessManager *network, const QProcessEnvironment &environment)
{
    auto *proxies = new ProxyFromEnvironment(environment);
    for (const QString &problem : proxies->problems())
        qCWarning(lcCockpitApi).noquote() << problem;
    if (proxies->usesEnvironment())
        qCInfo(lcCockpitApi) << "proxies from HTTPS_PROXY, HTTP_PROXY and NO_PROXY";
    network->setProxyFactory(proxies); // takes ownership

    const ExtraAuthorities authorities = authoritiesFromEnvironment(environment);
    for (const QString &problem : authorities.problems)
        qCWarning(lcCockpitApi).noquote() << problem;
    if (const int added = trustAuthorities(authorities.certificates); added > 0)
        qCInfo(lcCockpitApi) << "trusting" << added
                             << "more certificate authorities (SSL_CERT_FILE, SSL_CERT_DIR)";
}

} // namespace cockpit
