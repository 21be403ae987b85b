from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import Sum
from django.shortcuts import render

from accounts import services
from accounts.models import CreditEntry, User
from novelproc.errors import ProcessingError


class GrantForm(forms.Form):
    amount = forms.IntegerField(min_value=1)
    note = forms.CharField(max_length=200, required=False)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "name", "balance", "is_staff", "is_active", "date_joined"]
    search_fields = ["email", "name"]
    list_filter = ["is_staff", "is_active"]
    fieldsets = (
        (None, {"fields": ("email", "password", "name")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    actions = ["grant_credits"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_balance=Sum("credit_entries__amount"))

    @admin.display(description="Balance", ordering="_balance")
    def balance(self, obj: User) -> int:
        return obj._balance or 0

    def has_grant_permission(self, request) -> bool:
        # A grant writes a ledger line.
        return request.user.has_perm("accounts.add_creditentry")

    @admin.action(description="Grant credits to the selected users", permissions=["grant"])
    def grant_credits(self, request, queryset):
        if "apply" in request.POST:
            form = GrantForm(request.POST)
            if form.is_valid():
                for user in queryset:
                    try:
                        services.credits_grant(
                            user=user,
                            amount=form.cleaned_data["amount"],
                            note=form.cleaned_data["note"] or "granted by staff",
                            created_by=request.user,
                        )
                    except ProcessingError as exc:
                        self.message_user(request, exc.message, messages.ERROR)
                        return None
                self.message_user(
                    request, f"Granted {form.cleaned_data['amount']} credits to {queryset.count()} users."
                )
                return None
        else:
            form = GrantForm()
        return render(
            request,
            "admin/grant_credits.html",
            {"form": form, "users": queryset, "opts": self.model._meta, "action": "grant_credits"},
        )


@admin.register(CreditEntry)
class CreditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "user", "kind", "amount", "job", "note", "created_by"]
    list_filter = ["kind"]
    search_fields = ["user__email", "note"]
    raw_id_fields = ["user", "job", "created_by"]
    date_hierarchy = "created_at"

    # The ledger is append-only: entries are read here and written by services.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
