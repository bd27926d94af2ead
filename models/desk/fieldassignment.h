// One FIELD=VALUE argument of `ticket create/update`: a dotted path into the record and a value
// that is JSON when it parses as JSON (numbers, true/false/null, "quoted") and text otherwise.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace cw {

class FieldAssignment
{
    Q_DECLARE_TR_FUNCTIONS(cw::FieldAssignment)

public:
    FieldAssignment() = default;

    // "status.name=In Progress", "customField.Region=North", "budgetHours=2.5". False with
    // *error when there is no '=' or no field name.
    static bool parse(const QString &argument, FieldAssignment *assignment, QString *error);

    QString text() const { return m_text; }
    // The path segments: {"status", "name"}. A custom field is {"customField", caption}.
    QStringList path() const { return m_path; }
    QString field() const { return m_path.value(0); }
    // The value as typed (after the shell removed its quotes).
    QString rawValue() const { return m_raw; }
    // JSON when rawValue() parses as a JSON value, else the text as a string.
    QJsonValue value() const;
    // value(), but text stays text where the record already holds a string (summary=2024 must
    // not turn the summary into a number).
    QJsonValue valueFor(const QJsonValue &existing) const;
    // customField.CAPTION=… (also customFields.…, cf.…)
    bool isCustomField() const;

    // `record` with the value at the nested `path` set (objects created as needed).
    static QJsonObject withValue(const QJsonObject &record, const QStringList &path,
                                 const QJsonValue &value);
    static QJsonValue valueAt(const QJsonObject &record, const QStringList &path);

private:
    QString m_text;
    QStringList m_path;
    QString m_raw;
};

} // namespace cw
