// Ticket ▸ New Ticket: the editor's form on a new ticket (board → its statuses, types, subtypes,
// items and teams; company → its contacts and sites; type-ahead everywhere), created through the
// desk's outbox, so it is queued when the server cannot be reached.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace cw {

class Desk;
class TicketEditModel;
class TicketForm;

class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewTicketDialog(Desk *desk, QWidget *parent = nullptr);

    TicketEditModel *model() const { return m_model; }
    TicketForm *form() const { return m_form; }
    QString messageText() const;
    // Starts creating the ticket (as the Create button does).
    void create();

Q_SIGNALS:
    // Sent (a server id) or queued (a local, negative id until it is sent).
    void ticketCreated(int ticketId, bool queued);

private:
    TicketEditModel *m_model;
    TicketForm *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cw
