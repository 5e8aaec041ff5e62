#include "DataSourceLabels.h"

#include <QCoreApplication>

namespace cockpit {

namespace DataSourceLabels {
namespace {
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("DataSourceLabels", text, comment);
}
} // namespace

QString typeName(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Metrics:
        return tr("Metrics");
    case DataSourceType::Logs:
        return tr("Logs");
    case DataSourceType::Traces:
        return tr("Traces");
    case DataSourceType::Unknown:
        break;
    }
    return tr("Unknown type");
}

QString originName(DataSourceOrigin origin)
{
    switch (origin) {
    case DataSourceOrigin::Scaleway:
        return tr("Scaleway", "data source origin");
    case DataSourceOrigin::External:
        return tr("external", "data source origin");
    case DataSourceOrigin::Custom:
        return tr("custom", "data source origin");
    case DataSourceOrigin::Unknown:
        break;
    }
    return tr("unknown origin", "data source origin");
}

QString pickerText(const DataSource &source)
{
    const QString type = source.type == DataSourceType::Unknown && !source.unknownType.isEmpty()
                             ? source.unknownType
                             : typeName(source.type);
    if (source.isReadOnly())
        return tr("%1 — %2, %3 (read-only)", "data source: name — type, origin")
            .arg(source.name, type, originName(source.origin));
    return tr("%1 — %2, %3", "data source: name — type, origin")
        .arg(source.name, type, originName(source.origin));
}

} // namespace DataSourceLabels

} // namespace cockpit
