// A ticket created, edited or deleted through the desk: FIELD=VALUE assignments applied to the
// loaded record (reference names resolved to ids, custom fields converted by type), then queued.
#pragma once

#include "deskchange.h"
#include "fieldassignment.h"
#include "referenceresolver.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace cw {

class TicketChange : public DeskChange
{
    Q_OBJECT
public:
    static TicketChange *create(Desk *desk, const QString &board, const QString &company,
                                const QString &summary, const QList<FieldAssignment> &assignments);
    static TicketChange *update(Desk *desk, int ticketId,
                                const QList<FieldAssignment> &assignments);
    static TicketChange *edit(Desk *desk, int ticketId, const QJsonObject &loaded,
                              const QJsonObject &edited);
    static TicketChange *remove(Desk *desk, int ticketId);
    // Many tickets edited at once (a bulk change): one change each, all queued in one outbox
    // transaction when the first of them runs.
    struct Edit
    {
        int ticketId = 0;
        QJsonObject loaded;
        QJsonObject edited;
    };
    static QList<TicketChange *> editMany(Desk *desk, const QList<Edit> &edits);

    // The reference fields an assignment resolves by name, as ConnectWise spells them.
    static QStringList referenceFields();
    // How reference `field` of `ticket` is searched for; false when `field` is not one (then
    // *error is set when it is one but cannot be set so). `key` is what followed the dot
    // ("name", "identifier"; empty for `status=…`). *canonical is the field as ConnectWise
    // spells it ("subType" for "subtype").
    static bool referenceTarget(const QString &field, const QString &key, const QJsonObject &ticket,
                                ReferenceResolver::Target *target, QString *canonical,
                                DeskError *error);
    // `assignments` with the board and the company first, since they scope other references.
    static QList<FieldAssignment> ordered(QList<FieldAssignment> assignments);

protected:
    void run() override;

private:
    enum class Verb { Create, Update, Edit, Delete };
    TicketChange(Desk *desk, Verb verb, int ticketId);

    void load();
    void resolveCreateReferences();
    void applyNext();
    bool applyCustomField(const FieldAssignment &assignment, DeskError *error);
    void applyPlain(const FieldAssignment &assignment);
    void send();
    void sendDelete();
    // The edits of editMany() that have not been queued yet, shared by their changes.
    struct Batch;
    static void queueBatch(Desk *desk, Batch *batch);

    Verb m_verb;
    int m_id = 0;
    QString m_board;
    QString m_company;
    QString m_summary;
    QList<FieldAssignment> m_assignments;
    qsizetype m_next = 0;
    QJsonObject m_loaded;
    QJsonObject m_edited;
    ReferenceResolver *m_resolver;
    std::shared_ptr<Batch> m_batch;
    qsizetype m_batchIndex = -1;
};

} // namespace cw
