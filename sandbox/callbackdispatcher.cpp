#include "callbackdispatcher.h"

#include "callbackurlpolicy.h"
#include "sandboxoptions.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCallbacks, "cw.sandbox.callbacks")

namespace cw::sandbox {

struct CallbackDispatcher::Private
{
    Store &store;
    const SandboxOptions &options;
    QNetworkAccessManager nam;

    Private(Store &s, const SandboxOptions &o)
        : store(s)
        , options(o)
    {
    }
};

CallbackDispatcher::CallbackDispatcher(Store &store, const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(store, options))
{
    d->nam.setAutoDeleteReplies(true);
    d->nam.setTransferTimeout(5000);
}

CallbackDispatcher::~CallbackDispatcher() = default;

void CallbackDispatcher::ticketChanged(const QString &action, int id, const QByteArray &entity,
                                       int boardId, int statusId, int companyId)
{
    for (const auto &[cbId, r] : d->store.records(Kind::Callback)) {
        const QJsonObject &cb = r.object();
        if (cb.value("inactiveFlag"_L1).toBool() ||
            cb.value("type"_L1).toString().compare("ticket"_L1, Qt::CaseInsensitive) != 0)
            continue;
        const QString level = cb.value("level"_L1).toString().toLower();
        const int objectId = cb.value("objectId"_L1).toInt();
        // "owner" covers every record; the others narrow to one board, status or company.
        if ((level == "board"_L1 && objectId != boardId) ||
            (level == "status"_L1 && objectId != statusId) ||
            (level == "company"_L1 && objectId != companyId))
            continue;
        QString target = cb.value("url"_L1).toString();
        if (target.endsWith(u'='))
            target += QString::number(id);
        const QUrl url(target);
        if (!CallbackUrlPolicy::isLoopback(url)) {
            qCInfo(lcCallbacks) << "not calling back" << url.toDisplayString()
                                << "- callbacks go only to loopback addresses";
            continue;
        }
        const QJsonObject payload{
            {u"MessageId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"FromUrl"_s, QUrl(d->store.baseUrl()).authority()},
            {u"CompanyId"_s, d->options.company},
            {u"MemberId"_s, u"APIMember"_s},
            {u"Action"_s, action},
            {u"Type"_s, u"ticket"_s},
            {u"ID"_s, id},
            {u"ProductInstanceId"_s, u"cwdesk-sandbox"_s},
            {u"PartnerId"_s, u"cwdesk-sandbox"_s},
            {u"CallbackObjectRecId"_s, cbId},
            {u"Entity"_s, entity.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(entity))},
            {u"Metadata"_s,
             QJsonObject{{u"key_url"_s, QString(d->store.baseUrl() + "/system/callbackkey?id="_L1 +
                                                cb.value("connectWiseID"_L1).toString())}}}};
        const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        // Like ConnectWise: retry 404/409/419/429 twice, after 2 s and then 4 s.
        auto post = std::make_shared<std::function<void(int)>>();
        QPointer<CallbackDispatcher> self(this);
        *post = [self, url, body, post](int attempt) {
            if (!self)
                return;
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            // A redirect could lead off this computer: the receiver's answer is final.
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *reply = self->d->nam.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, self, [self, reply, attempt, post]() {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const bool retry =
                    (status == 404 || status == 409 || status == 419 || status == 429) &&
                    attempt < 2;
                if (retry) {
                    QTimer::singleShot(2000 << attempt, self,
                                       [post, attempt]() { (*post)(attempt + 1); });
                } else {
                    if (status < 200 || status >= 300)
                        qCInfo(lcCallbacks) << "callback to" << reply->url().toDisplayString()
                                            << "failed:" << status << reply->errorString();
                    *post = nullptr; // the last attempt: break the self-reference
                }
            });
        };
        (*post)(0);
    }
}

} // namespace cw::sandbox
