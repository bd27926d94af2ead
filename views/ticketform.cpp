#include "ticketform.h"

#include "referencepicker.h"

#include "models/ticketeditmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QRegularExpression>
#include <QDoubleValidator>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cw {

namespace {

// The earliest date stands for "no date" (shown as the special value text).
const QDateTime &noDate()
{
    static const QDateTime none(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    return none;
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

QString customKey(int id)
{
    return u"customField:"_s + QString::number(id);
}

} // namespace

TicketForm::TicketForm(TicketEditModel *model, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_mode(mode)
{
    setObjectName(u"ticketForm"_s);
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    QFormLayout *form = nullptr;
    addSection(left, tr("Ticket"), &form);
    auto *summary = new QLineEdit;
    summary->setObjectName(u"summaryEdit"_s);
    connect(summary, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setValue(u"summary"_s, text); });
    addRow(form, u"summary"_s, tr("&Summary:"), summary);

    auto *recordType = new QComboBox;
    recordType->setObjectName(u"recordTypeCombo"_s);
    recordType->addItem(tr("Service ticket"), u"ServiceTicket"_s);
    recordType->addItem(tr("Project ticket"), u"ProjectTicket"_s);
    recordType->addItem(tr("Project issue"), u"ProjectIssue"_s);
    connect(recordType, &QComboBox::activated, this, [this, recordType](int row) {
        m_model->setValue(u"recordType"_s, recordType->itemData(row).toString());
    });
    addRow(form, u"recordType"_s, tr("&Record type:"), recordType);

    const QList<QPair<QString, QString>> ticketReferences{
        {u"board"_s, tr("&Board:")},   {u"status"_s, tr("S&tatus:")},
        {u"type"_s, tr("T&ype:")},     {u"subType"_s, tr("Su&btype:")},
        {u"item"_s, tr("&Item:")},     {u"team"_s, tr("Tea&m:")},
        {u"owner"_s, tr("&Owner:")},   {u"priority"_s, tr("&Priority:")},
        {u"source"_s, tr("Sou&rce:")}, {u"serviceLocation"_s, tr("Service &location:")},
    };
    for (const auto &[field, label] : ticketReferences)
        addRow(form, field, label, new ReferencePicker(m_model, field));

    addSection(right, tr("Company"), &form);
    for (const auto &[field, label] :
         QList<QPair<QString, QString>>{{u"company"_s, tr("&Company:")},
                                        {u"contact"_s, tr("Co&ntact:")},
                                        {u"site"_s, tr("Si&te:")}})
        addRow(form, field, label, new ReferencePicker(m_model, field));
    m_address = new QLabel;
    m_address->setObjectName(u"addressLabel"_s);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAccessibleName(tr("Address"));
    form->addRow(tr("Address:"), m_address);

    addSection(right, tr("Schedule"), &form);
    auto *required = new QDateTimeEdit;
    required->setObjectName(u"requiredDateEdit"_s);
    required->setCalendarPopup(true);
    required->setMinimumDateTime(noDate());
    required->setSpecialValueText(tr("None"));
    connect(required, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &when) {
        m_model->setValue(u"requiredDate"_s,
                          when <= noDate() ? QJsonValue(QJsonValue::Null) : QJsonValue(isoUtc(when)));
    });
    addRow(form, u"requiredDate"_s, tr("Re&quired by:"), required);
    auto *budget = new QDoubleSpinBox;
    budget->setObjectName(u"budgetHoursSpin"_s);
    budget->setRange(0, 99999);
    budget->setDecimals(2);
    budget->setSingleStep(0.25);
    budget->setSuffix(tr(" h"));
    connect(budget, &QDoubleSpinBox::valueChanged, this, [this](double hours) {
        const bool wasNull = m_model->value(u"budgetHours"_s).isNull() ||
                             m_model->value(u"budgetHours"_s).isUndefined();
        m_model->setValue(u"budgetHours"_s,
                          hours == 0 && wasNull ? QJsonValue(QJsonValue::Null) : QJsonValue(hours));
    });
    addRow(form, u"budgetHours"_s, tr("Bud&get hours:"), budget);
    for (const auto &[field, label] : QList<QPair<QString, QString>>{
             {u"impact"_s, tr("Imp&act:")}, {u"severity"_s, tr("Se&verity:")}}) {
        auto *combo = new QComboBox;
        combo->setObjectName(field + u"Combo"_s);
        combo->addItem(tr("Not set"), QString());
        combo->addItem(tr("Low"), u"Low"_s);
        combo->addItem(tr("Medium"), u"Medium"_s);
        combo->addItem(tr("High"), u"High"_s);
        const QString key = field;
        connect(combo, &QComboBox::activated, this, [this, combo, key](int row) {
            const QString value = combo->itemData(row).toString();
            m_model->setValue(key, value.isEmpty() ? QJsonValue(QJsonValue::Null) : value);
        });
        addRow(form, field, label, combo);
    }
    for (const auto &[field, label] : QList<QPair<QString, QString>>{
             {u"poNumber"_s, tr("P&O number:")}, {u"externalXRef"_s, tr("E&xternal reference:")}}) {
        auto *edit = new QLineEdit;
        edit->setObjectName(field + u"Edit"_s);
        const QString key = field;
        connect(edit, &QLineEdit::textEdited, this,
                [this, key](const QString &text) { m_model->setValue(key, text); });
        addRow(form, field, label, edit);
    }

    m_customBox = addSection(right, tr("Custom fields"), &m_customForm);
    m_customBox->setObjectName(u"customFieldsBox"_s);

    if (m_mode == Mode::Edit) {
        addSection(left, tr("Computed"), &form);
        addReadOnly(form, u"dateResponded"_s, tr("Responded:"));
        addReadOnly(form, u"dateResplan"_s, tr("Plan set:"));
        addReadOnly(form, u"dateResolved"_s, tr("Resolved:"));
        addReadOnly(form, u"actualHours"_s, tr("Actual hours:"));
        addReadOnly(form, u"resources"_s, tr("Resources:"));
        addReadOnly(form, u"_info/dateEntered"_s, tr("Entered:"));
        addReadOnly(form, u"_info/enteredBy"_s, tr("Entered by:"));
        addReadOnly(form, u"_info/lastUpdated"_s, tr("Last updated:"));
        addReadOnly(form, u"_info/updatedBy"_s, tr("Updated by:"));
    }
    left->addStretch(1);
    right->addStretch(1);

    connect(m_model, &TicketEditModel::valueChanged, this, [this](const QString &field) {
        show(field);
        if (field == u"board"_s) {
            for (const QString &scoped : TicketEditModel::boardScoped())
                picker(scoped)->refill();
        } else if (field == u"company"_s) {
            for (const QString &scoped : TicketEditModel::companyScoped())
                picker(scoped)->refill();
        }
        showMessages();
    });
    connect(m_model, &TicketEditModel::reloaded, this, &TicketForm::showAll);
    connect(m_model, &TicketEditModel::fieldErrorsChanged, this, &TicketForm::showMessages);
    showAll();
}

QGroupBox *TicketForm::addSection(QVBoxLayout *column, const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addWidget(box);
    return box;
}

void TicketForm::addRow(QFormLayout *form, const QString &field, const QString &label,
                        QWidget *widget)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(widget);
    // The server's objection or a choice that no longer fits, under the field.
    auto *message = new QWidget;
    message->setObjectName(field + u"Message"_s);
    auto *messageLayout = new QHBoxLayout(message);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *text = new QLabel;
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setForegroundRole(QPalette::WindowText);
    messageLayout->addWidget(icon, 0, Qt::AlignTop);
    messageLayout->addWidget(text, 1);
    message->hide();
    layout->addWidget(message);
    auto *caption = new QLabel(label);
    caption->setBuddy(widget);
    form->addRow(caption, cell);
    const QString name = QString(label).remove(u'&').remove(u':');
    widget->setAccessibleName(name);
    m_labels.insert(field, name);
    // The text field inside a picker or a spin box is what takes the keyboard: named too.
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        combo->lineEdit()->setAccessibleName(name);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
        if (auto *edit = spin->findChild<QLineEdit *>())
            edit->setAccessibleName(name);
    }
    m_widgets.insert(field, widget);
    m_rows.insert(field, {widget, message, text});
}

void TicketForm::addReadOnly(QFormLayout *form, const QString &field, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(QString(field).replace(u'/', u'_') + u"Value"_s);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(QString(label).remove(u':'));
    value->setWordWrap(true);
    form->addRow(label, value);
    m_readOnly.insert(field, value);
}

QString TicketForm::fieldLabel(const QString &field) const
{
    if (field == u"customFields"_s)
        return tr("Custom fields");
    return m_labels.value(field, field);
}

ReferencePicker *TicketForm::picker(const QString &field) const
{
    return qobject_cast<ReferencePicker *>(m_widgets.value(field));
}

QString TicketForm::fieldMessage(const QString &field) const
{
    const Row row = m_rows.value(field);
    return row.message && !row.message->isHidden() ? row.messageText->text() : QString();
}

void TicketForm::buildCustomFields()
{
    const QJsonArray fields = m_model->value(u"customFields"_s).toArray();
    QList<int> ids;
    for (const QJsonValue &f : fields)
        ids.append(f.toObject().value(u"id"_s).toInt());
    if (ids == m_customIds) {
        m_customBox->setVisible(!ids.isEmpty());
        return;
    }
    for (const int id : std::as_const(m_customIds)) {
        m_widgets.remove(customKey(id));
        m_rows.remove(customKey(id));
    }
    while (m_customForm->rowCount() > 0)
        m_customForm->removeRow(0);
    m_customIds = ids;
    m_customBox->setVisible(!ids.isEmpty());
    for (const QJsonValue &f : fields) {
        const QJsonObject field = f.toObject();
        const int id = field.value(u"id"_s).toInt();
        const QString type = field.value(u"type"_s).toString();
        const QString caption = field.value(u"caption"_s).toString();
        QWidget *widget = nullptr;
        if (type == u"Checkbox"_s) {
            auto *box = new QCheckBox;
            connect(box, &QCheckBox::toggled, this,
                    [this, id](bool on) { m_model->setCustomField(id, on); });
            widget = box;
        } else if (type == u"Date"_s) {
            auto *date = new QDateTimeEdit;
            date->setCalendarPopup(true);
            date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
            date->setMinimumDateTime(noDate());
            date->setSpecialValueText(tr("None"));
            connect(date, &QDateTimeEdit::dateTimeChanged, this, [this, id](const QDateTime &d) {
                m_model->setCustomField(id, d <= noDate() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(isoUtc(d)));
            });
            widget = date;
        } else if (type == u"TextArea"_s) {
            auto *text = new QPlainTextEdit;
            text->setTabChangesFocus(true);
            text->setMaximumHeight(4 * fontMetrics().lineSpacing());
            connect(text, &QPlainTextEdit::textChanged, this, [this, id, text] {
                m_model->setCustomField(id, text->toPlainText());
            });
            widget = text;
        } else {
            auto *edit = new QLineEdit;
            const bool number =
                type == u"Number"_s || type == u"Currency"_s || type == u"Percent"_s;
            if (number) {
                auto *validator = new QDoubleValidator(edit);
                validator->setNotation(QDoubleValidator::StandardNotation);
                edit->setValidator(validator);
            }
            if (type == u"Password"_s)
                edit->setEchoMode(QLineEdit::Password);
            connect(edit, &QLineEdit::textEdited, this, [this, id, number](const QString &text) {
                if (text.trimmed().isEmpty()) {
                    m_model->setCustomField(id, QJsonValue::Null);
                    return;
                }
                bool ok = false;
                const double value = QLocale().toDouble(text, &ok);
                m_model->setCustomField(id, number && ok ? QJsonValue(value) : QJsonValue(text));
            });
            widget = edit;
        }
        widget->setObjectName(u"customField%1"_s.arg(id));
        addRow(m_customForm, customKey(id), caption + u':', widget);
    }
    m_customBox->setVisible(!ids.isEmpty());
}

void TicketForm::show(const QString &field)
{
    if (field == u"customFields"_s) {
        buildCustomFields();
        for (const int id : std::as_const(m_customIds)) {
            QWidget *widget = m_widgets.value(customKey(id));
            const QSignalBlocker blocker(widget);
            const QJsonValue value = m_model->customFieldValue(id);
            if (auto *box = qobject_cast<QCheckBox *>(widget)) {
                box->setChecked(value.toBool());
            } else if (auto *date = qobject_cast<QDateTimeEdit *>(widget)) {
                const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
                date->setDateTime(when.isValid() ? when.toLocalTime() : noDate());
            } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
                if (text->toPlainText() != value.toString())
                    text->setPlainText(value.toString());
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                const QString shown = value.isDouble() ? QLocale().toString(value.toDouble())
                                                       : value.toString();
                if (edit->text() != shown)
                    edit->setText(shown);
            }
        }
        return;
    }
    if (field == u"site"_s || TicketEditModel::referenceFields().contains(field) == false) {
        if (m_address) {
            QStringList lines;
            for (const char16_t *key : {u"addressLine1", u"addressLine2"}) {
                const QString line = m_model->value(QString::fromUtf16(key)).toString();
                if (!line.isEmpty())
                    lines.append(line);
            }
            const QString city = QStringList{m_model->value(u"city"_s).toString(),
                                             m_model->value(u"stateIdentifier"_s).toString(),
                                             m_model->value(u"zip"_s).toString()}
                                     .filter(QRegularExpression(u"\\S"_s))
                                     .join(u' ');
            if (!city.isEmpty())
                lines.append(city);
            const QString country = TicketEditModel::displayText(m_model->value(u"country"_s));
            if (!country.isEmpty())
                lines.append(country);
            m_address->setText(lines.isEmpty() ? tr("No address") : lines.join(u'\n'));
        }
    }
    QWidget *widget = m_widgets.value(field);
    if (!widget)
        return;
    const QSignalBlocker blocker(widget);
    const QJsonValue value = m_model->value(field);
    if (auto *picker = qobject_cast<ReferencePicker *>(widget)) {
        picker->showValue();
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        if (edit->text() != value.toString())
            edit->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int row = combo->findData(value.isString() ? value.toString() : QString());
        combo->setCurrentIndex(row < 0 ? 0 : row);
    } else if (auto *date = qobject_cast<QDateTimeEdit *>(widget)) {
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
        date->setDateTime(when.isValid() ? when.toLocalTime() : noDate());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
        spin->setValue(value.toDouble());
    }
}

void TicketForm::showAll()
{
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it) {
        if (auto *picker = qobject_cast<ReferencePicker *>(it.value()))
            picker->refill();
    }
    for (const QString &field : m_widgets.keys())
        show(field);
    show(u"customFields"_s);
    show(u"site"_s);
    const QJsonObject record = m_model->edited();
    for (auto it = m_readOnly.constBegin(); it != m_readOnly.constEnd(); ++it) {
        const QStringList path = it.key().split(u'/');
        QJsonValue value = record.value(path.first());
        if (path.size() > 1)
            value = value.toObject().value(path.at(1));
        const QString text = TicketEditModel::displayText(value);
        it.value()->setText(text.isEmpty() ? tr("—") : text);
    }
    showMessages();
}

void TicketForm::showMessages()
{
    const QHash<QString, QString> errors = m_model->fieldErrors();
    const QHash<QString, QString> misfits = m_model->misfits();
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        QString text = errors.value(it.key());
        if (it.key().startsWith(u"customField:"_s) && text.isEmpty())
            text = errors.value(u"customFields"_s);
        if (text.isEmpty())
            text = misfits.value(it.key());
        it.value().messageText->setText(text);
        const bool shown = !text.isEmpty();
        if (it.value().message->isVisibleTo(this) != shown) {
            it.value().message->setVisible(shown);
            // The row gives the room back (a form caches its rows' heights).
            if (QWidget *cell = it.value().message->parentWidget()) {
                cell->layout()->invalidate();
                cell->updateGeometry();
            }
        }
        it.value().widget->setAccessibleDescription(text);
    }
}

} // namespace cw
