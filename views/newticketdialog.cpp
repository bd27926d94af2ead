#include "newticketdialog.h"

#include "ticketform.h"

#include "models/ticketeditmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

NewTicketDialog::NewTicketDialog(Desk *desk, QWidget *parent)
    : QDialog(parent)
    , m_model(new TicketEditModel(desk, this))
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(tr("New Ticket"));
    m_model->startNew();
    m_form = new TicketForm(m_model, TicketForm::Mode::Create);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"newTicketScroll"_s);
    scroll->setAccessibleName(tr("New ticket fields"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_message->setObjectName(u"newTicketMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    QPushButton *createButton = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(u"createTicketButton"_s);
    createButton->setAccessibleName(tr("Create"));
    createButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &TicketEditModel::saved, this, [this](int id) {
        Q_EMIT ticketCreated(id, false);
        accept();
    });
    connect(m_model, &TicketEditModel::queued, this, [this](int id, const QString &) {
        Q_EMIT ticketCreated(id, true);
        accept();
    });
    connect(m_model, &TicketEditModel::saveFailed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        m_buttons->setEnabled(true);
    });
    // Once the marked fields are filled in, the request to fill them in goes.
    connect(m_model, &TicketEditModel::fieldErrorsChanged, this, [this] {
        if (m_model->fieldErrors().isEmpty() && m_model->lastError().isEmpty())
            m_message->hide();
    });
    const int chars = fontMetrics().averageCharWidth();
    resize(110 * chars, 40 * fontMetrics().lineSpacing());
}

QString NewTicketDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NewTicketDialog::create()
{
    if (QWidget *focus = focusWidget())
        focus->clearFocus();
    m_message->hide();
    m_buttons->setEnabled(false);
    m_model->save();
    if (m_model->state() != TicketEditModel::State::Saving)
        m_buttons->setEnabled(true);
}

} // namespace cw
