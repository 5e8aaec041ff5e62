#pragma once

#include "api/DataSource.h"

#include <QString>

// How the "Connect an agent" screens name data sources: the kind of data, who made it, and one
// line for a picker. Translated (context "DataSourceLabels").
namespace DataSourceLabels {

QString typeName(cockpit::DataSourceType type);
QString originName(cockpit::DataSourceOrigin origin);
// "my-metrics — Metrics, custom" or "Scaleway Logs — Logs, Scaleway (read-only)".
QString pickerText(const cockpit::DataSource &source);

} // namespace DataSourceLabels
