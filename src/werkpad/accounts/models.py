"""Users and their sessions. A user is one of three actor kinds; professionals and employer
users act through a membership, clients act for themselves."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class ActorKind(models.TextChoices):
    PROFESSIONAL = "professional", _("professional")
    CLIENT = "client", _("cliënt")
    EMPLOYER = "employer", _("werkgever")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields: Any) -> User:
        fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **fields)


class User(AbstractUser):
    username = None  # type: ignore[assignment]
    email = models.EmailField(_("e-mailadres"), unique=True)
    full_name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(
        _("soort gebruiker"),
        max_length=20,
        choices=ActorKind.choices,
        default=ActorKind.PROFESSIONAL,
    )
    preferred_language = models.CharField(
        _("taal"), max_length=5, choices=settings.LANGUAGES, default="nl"
    )
    daily_digest = models.BooleanField(
        _("dagelijkse e-mail met acties en signalen"),
        default=True,
        help_text=_("Een e-mail per dag met je verlopen acties en signalen uit je caseload."),
    )
    version = models.PositiveIntegerField(default=1)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["full_name"]

    objects = UserManager()  # type: ignore[assignment,misc]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def needs_second_factor(self) -> bool:
        """Professionals and employer users work with other people's data: they need MFA."""
        return self.kind in (ActorKind.PROFESSIONAL, ActorKind.EMPLOYER)


class UserSession(models.Model):
    """Which server-side session belongs to whom, so a user can see and end their sessions."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sessions")
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} @ {self.created_at:%Y-%m-%d %H:%M}"
