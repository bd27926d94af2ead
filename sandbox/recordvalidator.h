// Turns a client's record into what the sandbox stores, as the server's model binder and rules do:
// types, lengths, enums, references, defaults, per-kind rules and `_info`; errors in CW's shape.
#pragma once

#include "apiresponse.h"
#include "store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cw::sandbox {

struct Collection;

class RecordValidator
{
public:
    explicit RecordValidator(Store &store);

    // The record to store for `in` (a POST or PUT body, or a patched record) in collection `c`;
    // problems are appended to `errors` (the result is then not to be stored).
    QJsonObject normalize(const Collection &c, const QJsonObject &in, const Record *existing,
                          int parentId, QList<FieldError> &errors);

    // Who the sandbox records as the author of API writes.
    static const QString kApiMember;
    // "yyyy-MM-ddTHH:mm:ssZ", as the server writes instants.
    static QString isoUtc(const QDateTime &dt);

    // Where a reference must point: anywhere, or into the record's own board or company.
    enum class Scope { None, Board, Company };

private:
    void applyKindRules(const Collection &c, QJsonObject &out, const Record *existing, int parentId,
                        QList<FieldError> &errors);
    void ticketRules(QJsonObject &out, const Record *existing, QList<FieldError> &errors);
    void noteRules(QJsonObject &out, const Record *existing, int parentId,
                   QList<FieldError> &errors) const;
    void taskRules(QJsonObject &out, int parentId) const;
    void boardRules(QJsonObject &out, const Record *existing, QList<FieldError> &errors) const;
    void boardChildRules(Kind kind, QJsonObject &out, int parentId) const; // status, type, subtype
    void teamRules(QJsonObject &out, int parentId, QList<FieldError> &errors) const;
    void kbArticleRules(QJsonObject &out, const Record *existing) const;
    void callbackRules(QJsonObject &out, const Record *existing, QList<FieldError> &errors) const;

    static bool hasError(const QList<FieldError> &errors, const char *field);
    // Sets `field` to the kind's default record unless present or already in error.
    void setDefaultRef(QJsonObject &out, const QList<FieldError> &errors, const char *field,
                       Kind kind, int parent = 0) const;
    // Resolves the kind's reference fields present in `out`: the unscoped ones, or those
    // scoped to the board or company already in `out`.
    void resolveRefs(Kind kind, QJsonObject &out, bool scoped, QList<FieldError> &errors) const;
    std::optional<QJsonObject> resolveRef(Kind target, const QJsonValue &v, Scope scope,
                                          int scopeId, QString *message) const;
    int defaultRecord(Kind kind, int parentId = 0) const;
    void loadCustomFieldDefs();

    Store &m_store;
    QHash<int, QJsonObject> m_customFieldDefs;
    bool m_customFieldDefsLoaded = false;
};

} // namespace cw::sandbox
