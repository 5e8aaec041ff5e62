#pragma once

// Small readers of the non-YAML formats the agent configurations are written in, enough to check
// their structure: Alloy (blocks, attributes, strings with escapes, lists, objects, references)
// and Fluent Bit's classic format (sections of "Key value" lines).
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// An Alloy block: `name "label" { … }`. Attribute values are QString (a string literal),
// QVariantList, QVariantMap (an object), or a reference/number as a QString starting with '@'.
struct AlloyBlock
{
    QString name;
    QString label;
    QVariantMap attributes;
    QList<AlloyBlock> blocks;

    const AlloyBlock *child(const QString &name, const QString &label = {}) const;
};

// The top-level blocks, or an error message in `error` (empty on success).
QList<AlloyBlock> readAlloy(const QString &text, QString *error);

struct FluentBitSection
{
    QString name;                           // SERVICE, INPUT, OUTPUT…
    QList<QPair<QString, QString>> entries; // in order; keys as written

    // The first value of a key, compared case-insensitively as Fluent Bit does.
    QString value(const QString &key) const;
    QStringList values(const QString &key) const;
};

QList<FluentBitSection> readFluentBit(const QString &text, QString *error);
