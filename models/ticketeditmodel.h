// One ticket being edited (or a new one being written): the record as loaded, the values as
// edited, what is dirty, the undo stack of the edits, the choices each reference field offers
// from the offline cache (scoped to the ticket's board and company), the server's field errors
// and a conflict with the server's copy. Saves through the desk (the outbox), so an edit made
// offline waits there, marked pending, until the server accepts it. No widgets: views bind to it.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace cw {

class Desk;
class DeskError;
struct OutboxEntry;

class TicketEditModel : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Empty,    // nothing loaded
        Clean,    // as loaded (or as saved)
        Dirty,    // edited, not saved
        Saving,   // a save is on its way
        Conflict, // the server's copy changed the same fields: resolveConflict()
    };
    Q_ENUM(State)

    // One record a reference field can point at.
    struct Choice
    {
        int id = 0;
        QString name;   // what the picker shows and type-ahead matches
        QString detail; // a second line: an identifier, a city …
        QString color;  // priorities: the server's colour ("#ff0000"); empty otherwise
    };

    explicit TicketEditModel(Desk *desk, QObject *parent = nullptr);
    ~TicketEditModel() override;

    Desk *desk() const { return m_desk; }
    // Loads ticket `id` from the offline cache (it serves online and offline alike); false when
    // the cache does not hold it.
    bool load(int id);
    // An empty new ticket (save() creates it).
    void startNew();
    bool isNew() const { return m_new; }
    int ticketId() const { return m_id; }
    State state() const { return m_state; }

    QJsonObject loaded() const { return m_loaded; }
    QJsonObject edited() const { return m_edited; }
    QJsonValue value(const QString &field) const { return m_edited.value(field); }
    QJsonValue loadedValue(const QString &field) const { return m_loaded.value(field); }
    // Sets a top-level field as one undoable edit (typing into one text field merges). A
    // reference is {"id": N, "name": …}; null clears. A new site brings its address along; a new
    // board or company leaves the fields it scopes alone but flags those that no longer fit.
    void setValue(const QString &field, const QJsonValue &value);
    // A reference from choices(field) (0 clears it).
    void setReference(const QString &field, int id);
    // The custom field with `id` set to `value`.
    void setCustomField(int id, const QJsonValue &value);
    QJsonValue customFieldValue(int id) const;

    // Edited and not yet saved.
    bool isDirty() const;
    // The top-level fields a save would send.
    QStringList dirtyFields() const;
    // The JSON Patch a save sends (JsonPatch::diff of loaded and edited).
    QJsonArray patch() const;
    QUndoStack *undoStack() const { return m_undo; }
    // Back to the loaded values (itself an undoable step).
    void revert();

    // The fields a reference choice scopes: status, type, subType, item and team by the board;
    // contact and site by the company.
    static QStringList boardScoped();
    static QStringList companyScoped();
    static QStringList referenceFields();
    // What `field` can be set to now, from the cache (the board's statuses …).
    QList<Choice> choices(const QString &field) const;
    // Scoped references whose value is not among their choices any more (after a board or
    // company change), each with a sentence.
    QHash<QString, QString> misfits() const;

    // The server's objections from the last save, by top-level field ("summary", "status").
    QHash<QString, QString> fieldErrors() const { return m_fieldErrors; }
    QString fieldError(const QString &field) const { return m_fieldErrors.value(field); }
    // The last save's failure that is not about one field (empty when none).
    QString lastError() const { return m_lastError; }

    // Sends the edits: only what changed, through the outbox. Ends with saved(), queued() or
    // saveFailed() (field errors, a conflict, or another failure).
    void save();
    // A queued change of this ticket the server has not accepted yet (its outbox entry).
    bool isPending() const { return m_pendingSeq != 0; }
    qint64 pendingSeq() const { return m_pendingSeq; }

    // --- Conflict: the server's copy changed the same fields meanwhile ---
    QStringList conflictFields() const { return m_conflictFields; }
    QJsonValue theirs(const QString &field) const { return m_theirs.value(field); }
    QJsonValue mine(const QString &field) const { return m_mine.value(field); }
    // Settles it: per conflicting field true = keep mine, false = take theirs (unnamed fields:
    // mine). The entry is sent again; ends like save().
    bool resolveConflict(const QHash<QString, bool> &keepMine);

    // A value of `field` as one line, references named from the cache when the value carries
    // only an id (the outbox keeps {"id": N}).
    QString valueText(const QString &field, const QJsonValue &value) const;
    // "#10042 · Printer offline", or "New ticket".
    QString title() const;
    // A field's value as one line of text (references by name, dates local).
    static QString displayText(const QJsonValue &value);

Q_SIGNALS:
    // One field's edited value changed (an edit, an undo, a revert).
    void valueChanged(const QString &field);
    // The whole record changed (loaded, reloaded after a save or a sync).
    void reloaded();
    void stateChanged(cw::TicketEditModel::State state);
    void pendingChanged(bool pending);
    void dirtyChanged(bool dirty);
    void fieldErrorsChanged();
    void saved(int ticketId);
    // Waiting in the outbox (`reason`: why).
    void queued(int ticketId, const QString &reason);
    void saveFailed(const QString &message);
    void conflictFound();

private:
    friend class TicketEditCommand;
    void applyValue(const QString &field, const QJsonValue &value);
    void setState(State state);
    void setPending(qint64 seq);
    void reloadFromCache();
    void entryFinished(const OutboxEntry &entry);
    void changeFinishedAsFailed(const DeskError &error);
    void saveNew();
    void acceptSaved(const QByteArray &raw);
    void updateDirty();

    Desk *m_desk;
    QUndoStack *m_undo;
    int m_id = 0;
    bool m_new = false;
    State m_state = State::Empty;
    bool m_wasDirty = false;
    QJsonObject m_loaded;
    QJsonObject m_edited;
    QHash<QString, QString> m_fieldErrors;
    QString m_lastError;
    qint64 m_pendingSeq = 0;
    qint64 m_conflictSeq = 0;
    QStringList m_conflictFields;
    QJsonObject m_theirs;
    QJsonObject m_mine;
};

} // namespace cw
