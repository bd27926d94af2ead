#include "referenceresolver.h"

#include "desk.h"
#include "deskerror.h"

#include "api/apierror.h"
#include "api/listjob.h"
#include "api/listquery.h"
#include "api/manageclient.h"
#include "query/conditions.h"
#include "store/cache.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

QString textOf(const QJsonObject &record, const QString &key)
{
    if (key == u"fullName"_s)
        return QString(record.value(u"firstName"_s).toString() + u' ' +
                       record.value(u"lastName"_s).toString())
            .trimmed();
    const QJsonValue value = record.value(key);
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

} // namespace

ReferenceResolver::ReferenceResolver(Desk *desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
{
}

QString ReferenceResolver::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString ReferenceResolver::conditionsFor(const QStringList &keys, const QString &text)
{
    QStringList alternatives;
    for (const QString &key : keys) {
        if (key == u"fullName"_s) {
            const QString trimmed = text.trimmed();
            const qsizetype space = trimmed.lastIndexOf(u' ');
            if (space > 0)
                alternatives.append(u"(firstName="_s + quoted(trimmed.left(space).trimmed()) +
                                    u" and lastName="_s + quoted(trimmed.mid(space + 1)) + u')');
            else
                alternatives.append(u"lastName="_s + quoted(trimmed) + u" or firstName="_s +
                                    quoted(trimmed));
        } else {
            alternatives.append(key + u'=' + quoted(text));
        }
    }
    return alternatives.join(u" or "_s);
}

QList<QJsonObject> ReferenceResolver::cachedMatches(const QString &path,
                                                    const QString &conditions) const
{
    Cache *cache = m_desk->cache();
    if (!cache)
        return {};
    const QStringList segments = path.toLower().split(u'/', Qt::SkipEmptyParts);
    QList<QByteArray> raw;
    const auto rawOf = [&raw](const auto &records) {
        for (const auto &record : records)
            raw.append(record.rawJson());
    };
    static const QHash<QString, RecordKind> collections = {
        {u"service/boards"_s, RecordKind::Board},
        {u"service/priorities"_s, RecordKind::Priority},
        {u"service/slas"_s, RecordKind::Sla},
        {u"service/sources"_s, RecordKind::Source},
        {u"service/locations"_s, RecordKind::Location},
        {u"system/members"_s, RecordKind::Member},
        {u"company/companies"_s, RecordKind::Company},
        {u"company/contacts"_s, RecordKind::Contact}};
    if (segments.size() == 2 && collections.contains(segments.join(u'/'))) {
        raw = cache->rawRecords(collections.value(segments.join(u'/')));
    } else if (segments.size() == 4 && segments.at(0) == u"service"_s &&
               segments.at(1) == u"boards"_s) {
        const int board = segments.at(2).toInt();
        const QString &child = segments.at(3);
        if (child == u"statuses"_s)
            rawOf(cache->statuses(board));
        else if (child == u"types"_s)
            rawOf(cache->boardTypes(board));
        else if (child == u"subtypes"_s)
            rawOf(cache->boardSubTypes(board));
        else if (child == u"items"_s)
            rawOf(cache->boardItems(board));
        else if (child == u"teams"_s)
            rawOf(cache->boardTeams(board));
    }
    query::Error error;
    const query::Conditions filter = query::Conditions::parse(conditions, &error);
    QList<QJsonObject> matches;
    for (const QByteArray &bytes : std::as_const(raw)) {
        const QJsonObject record = QJsonDocument::fromJson(bytes).object();
        if (!error.isError() && filter.matches(record))
            matches.append(record);
    }
    return matches;
}

void ReferenceResolver::resolve(const Target &target, const QString &text, const Resolved &done,
                                const Failed &failed)
{
    bool isNumber = false;
    const int id = QString(text).remove(u'#').trimmed().toInt(&isNumber);
    if (isNumber && id > 0) {
        done(id);
        return;
    }
    ListQuery query;
    query.conditions = conditionsFor(target.keys, text);
    if (!target.filter.isEmpty())
        query.conditions = u'(' + query.conditions + u") and "_s + target.filter;
    query.fields = {u"id"_s};
    for (const QString &key : target.keys) {
        if (key == u"fullName"_s)
            query.fields << u"firstName"_s << u"lastName"_s;
        else
            query.fields << key;
    }
    query.pageSize = 25;
    query.allPages = false;
    if (m_desk->options().offline) {
        pick(target, text, cachedMatches(target.path, query.conditions), done, failed);
        return;
    }
    ListJob *job = m_desk->client()->list(target.path, query);
    m_desk->track(job);
    connect(
        job, &ListJob::failed, this,
        [this, target, text, done, failed, conditions = query.conditions](const ApiError &error) {
            // Offline: names resolve against the synced cache, so a change can be queued.
            const QList<QJsonObject> cached = Desk::isUnreachable(error)
                                                  ? cachedMatches(target.path, conditions)
                                                  : QList<QJsonObject>();
            if (cached.isEmpty()) {
                failed(DeskError::fromApi(error));
                return;
            }
            pick(target, text, cached, done, failed);
        });
    connect(job, &ListJob::recordsFetched, this,
            [target, text, done, failed](const QList<QByteArray> &raws) {
                QList<QJsonObject> records;
                for (const QByteArray &raw : raws)
                    records.append(QJsonDocument::fromJson(raw).object());
                pick(target, text, records, done, failed);
            });
}

void ReferenceResolver::pick(const Target &target, const QString &text,
                             const QList<QJsonObject> &records, const Resolved &done,
                             const Failed &failed)
{
    // Servers compare case-insensitively; an exact match wins when there are several.
    QList<QJsonObject> matches = records;
    if (matches.size() > 1) {
        QList<QJsonObject> exact;
        for (const QString &key : target.keys) {
            for (const QJsonObject &record : std::as_const(records)) {
                if (textOf(record, key) == text.trimmed())
                    exact.append(record);
            }
            if (!exact.isEmpty())
                break;
        }
        if (exact.size() == 1)
            matches = exact;
    }
    const QString where = target.where.isEmpty() ? QString() : u' ' + target.where;
    if (matches.isEmpty()) {
        failed(
            DeskError::invalid(tr("There is no %1 named \"%2\"%3.").arg(target.what, text, where)));
        return;
    }
    if (matches.size() > 1) {
        QStringList candidates;
        for (const QJsonObject &record : std::as_const(matches)) {
            QStringList names;
            for (const QString &key : target.keys)
                names.append(textOf(record, key));
            names.removeDuplicates();
            candidates.append(
                tr("%1: %2").arg(record.value(u"id"_s).toInt()).arg(names.join(u" / "_s)));
        }
        failed(DeskError::invalid(tr("\"%1\" names more than one %2%3; give the id instead.")
                                      .arg(text, target.what, where),
                                  candidates));
        return;
    }
    done(matches.first().value(u"id"_s).toInt());
}

} // namespace cw
