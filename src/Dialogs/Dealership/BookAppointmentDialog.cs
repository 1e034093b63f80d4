using ContactHub.Dialogs.Ports;
using ContactHub.Dialogs.Recognition;
using ContactHub.Dialogs.Resources;
using ContactHub.Dialogs.Runtime;
using ContactHub.Dialogs.Runtime.Prompts;

namespace ContactHub.Dialogs.Dealership;

/// <summary>
/// Books a service appointment against real workshop capacity, or reschedules (改到周五) or cancels (取消预约) one.
/// Begin it with <see cref="BookAppointmentOptions"/>; it ends with the appointment id when one was booked or moved.
/// A customer the channel does not identify may book by typing their registered mobile (their plates then show
/// masked), but changing or cancelling needs a bound identity, so nobody can cancel someone else's appointment.
/// </summary>
public sealed class BookAppointmentDialog : ComponentDialog
{
    private const string StartFlow = nameof(BookAppointmentDialog) + ".Start";
    private const string BookFlow = nameof(BookAppointmentDialog) + ".Book";
    private const string RescheduleFlow = nameof(BookAppointmentDialog) + ".Reschedule";
    private const string CancelFlow = nameof(BookAppointmentDialog) + ".Cancel";
    private const string MobilePrompt = nameof(BookAppointmentDialog) + ".Mobile";
    private readonly DealershipServices _services;

    public BookAppointmentDialog(DealershipServices services)
        : base(nameof(BookAppointmentDialog))
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        var json = DealershipJsonContext.Default.BookAppointmentValues;
        AddDialog(new WaterfallDialog<BookAppointmentValues>(StartFlow, json, ChooseFlowStepAsync));
        AddDialog(new WaterfallDialog<BookAppointmentValues>(BookFlow, json,
            FindCustomerStepAsync, ReadMobileStepAsync, AskVehicleStepAsync, ReadVehicleStepAsync, AskServiceStepAsync, ReadServiceStepAsync,
            AskSlotStepAsync, ReadSlotStepAsync, ConfirmBookingStepAsync, BookSlotStepAsync));
        AddDialog(new WaterfallDialog<BookAppointmentValues>(RescheduleFlow, json,
            FindCustomerStepAsync, ReadMobileStepAsync, AskAppointmentStepAsync, ReadAppointmentStepAsync,
            AskSlotStepAsync, ReadSlotStepAsync, ConfirmRescheduleStepAsync, RescheduleAppointmentStepAsync));
        AddDialog(new WaterfallDialog<BookAppointmentValues>(CancelFlow, json,
            FindCustomerStepAsync, ReadMobileStepAsync, AskAppointmentStepAsync, ReadAppointmentStepAsync, ConfirmCancelStepAsync, CancelAppointmentStepAsync));
        AddDialog(new TextPrompt(MobilePrompt, AcceptMobileAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new ChooseSlotDialog(services));
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        base.BeginDialogAsync(dc, BookAppointmentValues.From(options as BookAppointmentOptions ?? new BookAppointmentOptions()), cancellationToken);

    private static string FlowFor(AppointmentAction action) => action switch
    {
        AppointmentAction.Reschedule => RescheduleFlow,
        AppointmentAction.Cancel => CancelFlow,
        _ => BookFlow,
    };

    private static Task<DialogTurnResult> ChooseFlowStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(FlowFor(step.Values.Action), step.Values, cancellationToken);

    private async Task<DialogTurnResult> FindCustomerStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.CustomerId is null)
        {
            var key = step.Turn.Key;
            step.Values.CustomerId = (await _services.Customers.FindByChannelIdentityAsync(key.Channel, key.UserId, cancellationToken))?.Id;
        }

        if (step.Values.CustomerId is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.Values.Action != AppointmentAction.Book)
        {
            return await EndWithAsync(step, Strings.AppointmentNeedsIdentity(step.Locale, _services.Dealer.Phone), cancellationToken);
        }

        var prompt = new PromptOptions { Prompt = Strings.BookingAskMobile(step.Locale), RetryPrompt = Strings.BookingMobileRetry(step.Locale) };
        return await step.PromptAsync(MobilePrompt, prompt, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadMobileStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.CustomerId is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var mobile = _services.FindMobile(step.Result as string, step.Locale);
        var customer = mobile is null ? null : await _services.Customers.FindByMobileAsync(mobile, cancellationToken);
        if (customer is null)
        {
            return await EndWithAsync(step, Strings.BookingCustomerNotFound(step.Locale, _services.Dealer.Phone), cancellationToken);
        }

        step.Values.CustomerId = customer.Id;
        step.Values.Unverified = true;
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskVehicleStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        if (values.Vehicle is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var vehicles = await _services.Customers.GetVehiclesAsync(values.CustomerId!.Value, cancellationToken);
        var known = vehicles.FirstOrDefault(v => v.Id == values.VehicleId || string.Equals(v.Plate, values.Plate, StringComparison.OrdinalIgnoreCase));
        if (known is not null || vehicles.Count == 1)
        {
            var vehicle = known ?? vehicles[0];
            (values.VehicleId, values.Vehicle) = (vehicle.Id, AppointmentText.Vehicle(vehicle, values.Unverified));
            return await step.NextAsync(null, cancellationToken);
        }

        if (vehicles.Count == 0)
        {
            return await EndWithAsync(step, Strings.BookingNoVehicle(step.Locale, _services.Dealer.Phone), cancellationToken);
        }

        values.VehicleIds = [.. vehicles.Select(v => v.Id)];
        var choices = vehicles.Select(v => new Choice(AppointmentText.Vehicle(v, values.Unverified), [v.Model])).ToList();
        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions { Prompt = Strings.BookingAskVehicle(step.Locale), Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadVehicleStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.Vehicle is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (step.Result is not FoundChoice choice)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        (step.Values.VehicleId, step.Values.Vehicle) = (step.Values.VehicleIds[choice.Index], choice.Value);
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskServiceStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.ServiceType is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var options = new PromptOptions { Prompt = Strings.BookingAskService(step.Locale), Choices = ServiceTypeChoices.For(step.Locale) };
        return await step.PromptAsync(nameof(ChoicePrompt), options, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadServiceStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.ServiceType is null)
        {
            if (step.Result is not FoundChoice choice)
            {
                return await GiveUpAsync(step, cancellationToken);
            }

            step.Values.ServiceType = (ServiceType)choice.Index;
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSlotStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        if (values.Start is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var options = new ChooseSlotValues
        {
            Date = values.Date, Time = values.Time, TimeInferred = values.TimeInferred, OfferedSlots = values.Alternatives, CurrentStart = values.Appointment?.Start,
        };
        (values.Date, values.Time, values.TimeInferred, values.Alternatives) = (null, null, false, []);
        return await step.BeginDialogAsync(nameof(ChooseSlotDialog), options, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadSlotStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.Start is null)
        {
            if (step.Result is not DateTimeOffset start)
            {
                return await GiveUpAsync(step, cancellationToken);
            }

            step.Values.Start = start;
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmBookingStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        var text = Strings.BookingConfirm(
            step.Locale, values.Vehicle!, AppointmentText.Service(values.ServiceType!.Value, step.Locale), ShowTime(values.Start!.Value, step.Locale));
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = text }, cancellationToken);
    }

    private async Task<DialogTurnResult> BookSlotStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            return await EndWithAsync(step, Strings.BookingAbandoned(step.Locale), cancellationToken);
        }

        var values = step.Values;
        var request = new BookingRequest(values.CustomerId!.Value, values.VehicleId!.Value, values.ServiceType!.Value, values.Start!.Value, step.Turn.Key.Channel);
        var booking = await _services.Appointments.BookAsync(request, cancellationToken);
        if (booking.Outcome != BookingOutcome.Booked)
        {
            return await OfferAlternativesAsync(step, booking, cancellationToken);
        }

        var text = Strings.Booked(step.Locale, values.Vehicle!, AppointmentText.Service(values.ServiceType.Value, step.Locale),
            ShowTime(values.Start.Value, step.Locale), _services.Dealer.AddressFor(step.Locale));
        await step.Turn.SendTextAsync(text, cancellationToken);
        return await step.EndDialogAsync(booking.Appointment?.Id, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAppointmentStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.Appointment is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var upcoming = await _services.Appointments.ListUpcomingAsync(step.Values.CustomerId!.Value, cancellationToken);
        if (upcoming.Count <= 1)
        {
            step.Values.Appointment = upcoming.FirstOrDefault();
            return upcoming.Count == 0
                ? await EndWithAsync(step, Strings.AppointmentNone(step.Locale), cancellationToken)
                : await step.NextAsync(null, cancellationToken);
        }

        step.Values.Appointments = [.. upcoming];
        var choices = upcoming.Select(a => new Choice(ShowAppointment(a, step.Locale), [a.Plate])).ToList();
        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions { Prompt = Strings.AppointmentAskWhich(step.Locale), Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadAppointmentStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Values.Appointment is null)
        {
            if (step.Result is not FoundChoice choice)
            {
                return await GiveUpAsync(step, cancellationToken);
            }

            (step.Values.Appointment, step.Values.Appointments) = (step.Values.Appointments[choice.Index], []);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmRescheduleStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var (appointment, locale) = (step.Values.Appointment!, step.Locale);
        var text = Strings.RescheduleConfirm(locale, AppointmentText.Vehicle(appointment.Plate, appointment.Model, masked: false),
            AppointmentText.Service(appointment.ServiceType, locale), ShowTime(appointment.Start, locale), ShowTime(step.Values.Start!.Value, locale));
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = text }, cancellationToken);
    }

    private async Task<DialogTurnResult> RescheduleAppointmentStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var (appointment, locale) = (step.Values.Appointment!, step.Locale);
        if (step.Result is not true)
        {
            return await EndWithAsync(step, Strings.RescheduleAbandoned(locale, ShowTime(appointment.Start, locale)), cancellationToken);
        }

        var moved = await _services.Appointments.RescheduleAsync(appointment.Id, step.Values.Start!.Value, cancellationToken);
        if (moved.Outcome != BookingOutcome.Booked)
        {
            return await OfferAlternativesAsync(step, moved, cancellationToken);
        }

        var text = Strings.Rescheduled(locale, AppointmentText.Vehicle(appointment.Plate, appointment.Model, masked: false),
            AppointmentText.Service(appointment.ServiceType, locale), ShowTime(step.Values.Start.Value, locale), _services.Dealer.AddressFor(locale));
        await step.Turn.SendTextAsync(text, cancellationToken);
        return await step.EndDialogAsync(appointment.Id, cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmCancelStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var (appointment, locale) = (step.Values.Appointment!, step.Locale);
        var text = Strings.CancelConfirm(locale, AppointmentText.Vehicle(appointment.Plate, appointment.Model, masked: false),
            AppointmentText.Service(appointment.ServiceType, locale), ShowTime(appointment.Start, locale));
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = text }, cancellationToken);
    }

    private async Task<DialogTurnResult> CancelAppointmentStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var (appointment, locale) = (step.Values.Appointment!, step.Locale);
        var when = ShowTime(appointment.Start, locale);
        if (step.Result is not true)
        {
            return await EndWithAsync(step, Strings.CancelAbandoned(locale, when), cancellationToken);
        }

        var cancelled = await _services.Appointments.CancelAsync(appointment.Id, cancellationToken);
        var text = cancelled ? Strings.AppointmentCancelled(locale, when) : Strings.AppointmentGone(locale, _services.Dealer.Phone);
        return await EndWithAsync(step, text, cancellationToken);
    }

    /// <summary>The slot went between the confirmation and the booking (the last bay, issue 3): offer what is left near it.</summary>
    private async Task<DialogTurnResult> OfferAlternativesAsync(WaterfallStepContext<BookAppointmentValues> step, BookingResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome == BookingOutcome.NotFound)
        {
            var text = step.Values.Action == AppointmentAction.Book ? Strings.BookingGaveUp(step.Locale, _services.Dealer.Phone) : Strings.AppointmentGone(step.Locale, _services.Dealer.Phone);
            return await EndWithAsync(step, text, cancellationToken);
        }

        step.Values.Start = null;
        step.Values.Alternatives = [.. result.Alternatives.Select(s => s.Start)];
        return await step.ReplaceDialogAsync(FlowFor(step.Values.Action), step.Values, cancellationToken);
    }

    private Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken) =>
        EndWithAsync(step, Strings.BookingGaveUp(step.Locale, _services.Dealer.Phone), cancellationToken);

    private static async Task<DialogTurnResult> EndWithAsync(WaterfallStepContext<BookAppointmentValues> step, string text, CancellationToken cancellationToken)
    {
        await step.Turn.SendTextAsync(text, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private string ShowTime(DateTimeOffset instant, string locale) => _services.ShowTime(instant, locale);

    private string ShowAppointment(AppointmentInfo appointment, string locale) =>
        ShowTime(appointment.Start, locale) + " " + appointment.Plate + " " + AppointmentText.Service(appointment.ServiceType, locale);

    private Task<bool> AcceptMobileAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(_services.FindMobile(prompt.Recognized.Value, prompt.Turn.Locale) is not null);
}
