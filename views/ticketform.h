// The form of one ticket's fields, bound to a TicketEditModel: the editor and the new-ticket
// dialog both show it. Each field has the widget its type needs (pickers with type-ahead for
// references, a date-time edit, a number box, a list for impact and severity, custom fields by
// their type), a message line for the server's objection or a choice that no longer fits, and an
// accessible name. Computed fields are read-only (the editor only).
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QGroupBox;
class QVBoxLayout;

namespace cw {

class ReferencePicker;
class TicketEditModel;

class TicketForm : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Edit, Create };

    TicketForm(TicketEditModel *model, Mode mode, QWidget *parent = nullptr);

    TicketEditModel *model() const { return m_model; }
    // The widget editing top-level `field` ("summary", "status" …; custom fields:
    // "customField:<id>"); null when the form has none.
    QWidget *fieldWidget(const QString &field) const { return m_widgets.value(field); }
    ReferencePicker *picker(const QString &field) const;
    // The label of top-level `field` as the form shows it ("PO number"); the field's name when
    // the form has no row for it.
    QString fieldLabel(const QString &field) const;
    // The message shown next to `field` (a server error or a misfit), empty when none.
    QString fieldMessage(const QString &field) const;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QWidget *message = nullptr;
        QLabel *messageText = nullptr;
    };
    QGroupBox *addSection(QVBoxLayout *column, const QString &title, QFormLayout **form);
    void addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *widget);
    void addReadOnly(QFormLayout *form, const QString &field, const QString &label);
    void buildCustomFields();
    void show(const QString &field);
    void showAll();
    void showMessages();

    TicketEditModel *m_model;
    Mode m_mode;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QString> m_labels;
    QHash<QString, Row> m_rows;
    QHash<QString, QLabel *> m_readOnly;
    QGroupBox *m_customBox = nullptr;
    QFormLayout *m_customForm = nullptr;
    QList<int> m_customIds;
    QLabel *m_address = nullptr;
};

} // namespace cw
