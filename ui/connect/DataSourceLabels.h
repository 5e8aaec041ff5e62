#pragma once

#include "api/DataSource.h"

#include <QString>

namespace cockpit {

// How the "Connect an agent" screens name data sources: the kind of data, who made it, and one
// line for a picker. Translated (context "DataSourceLabels").
namespace DataSourceLabels {

QString typeName(DataSourceType type);
QString originName(DataSourceOrigin origin);
// "my-metrics — Metrics, custom" or "Scaleway Logs — Logs, Scaleway (read-only)".
QString pickerText(const DataSource &source);

} // namespace DataSourceLabels

} // namespace cockpit
